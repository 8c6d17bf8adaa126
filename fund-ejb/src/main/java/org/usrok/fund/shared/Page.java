package org.usrok.fund.shared;

import java.io.Serializable;
import java.util.List;
import java.util.function.Function;

/** One page of a stably ordered list, with the total number of matching items. */
public record Page<T>(List<T> items, int page, int size, long total) implements Serializable {

    public Page {
        items = List.copyOf(items);
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), page, size, total);
    }
}
