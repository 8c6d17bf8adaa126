package org.usrok.fund.shared;

import jakarta.persistence.TypedQuery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The where clause of a list's query, made of the filters actually given: a filter left empty adds
 * no condition (rather than {@code (:x is null or c.x = :x)}), so the database plans each
 * combination with the index that fits it (B4, docs/performance.md). The same filters are bound to
 * a page's query and to its count.
 */
public final class Filters {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** Adds {@code condition}, whose parameter {@code name} takes {@code value}, unless the value is {@code null}. */
    public Filters where(String condition, String name, Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.put(name, value);
        }
        return this;
    }

    /** Adds a condition without parameters. */
    public Filters where(String condition) {
        conditions.add(condition);
        return this;
    }

    /** {@code " where "} and the conditions joined by {@code and}, with {@code more} after them; empty without any. */
    public String clause(String... more) {
        List<String> all = new ArrayList<>(conditions);
        all.addAll(List.of(more));
        return all.isEmpty() ? "" : " where " + String.join(" and ", all);
    }

    /** Binds the filters' parameters to {@code query}, whose text holds {@link #clause}. */
    public <T> TypedQuery<T> bind(TypedQuery<T> query) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
