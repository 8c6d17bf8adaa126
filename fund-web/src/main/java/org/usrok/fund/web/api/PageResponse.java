package org.usrok.fund.web.api;

import org.usrok.fund.shared.Page;

import java.io.Serializable;
import java.util.List;
import java.util.function.Function;

/** A page of a list endpoint: the items, the page asked for, and the total number of matches. */
public record PageResponse<T>(List<T> items, int page, int size, long total) implements Serializable {

    public static <S, T> PageResponse<T> of(Page<S> page, Function<? super S, ? extends T> mapper) {
        return new PageResponse<>(page.items().stream().<T>map(mapper).toList(), page.page(), page.size(), page.total());
    }
}
