package org.usrok.fund.shared;

import java.io.Serializable;

/**
 * A page of a list: zero-based page number and a size bounded so that no request can ask the
 * database for an unbounded result.
 */
public record PageRequest(int page, int size) implements Serializable {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    public PageRequest {
        if (page < 0) {
            throw new IllegalArgumentException("page must be >= 0");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE);
        }
    }

    public static PageRequest of(Integer page, Integer size) {
        return new PageRequest(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
    }

    public int offset() {
        return Math.multiplyExact(page, size);
    }
}
