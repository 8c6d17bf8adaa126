package org.usrok.fund.web.portal;

import jakarta.faces.context.FacesContext;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.usrok.fund.shared.PageRequest;

import java.util.Map;

/** Shared bits of the portal's lazy tables: the page asked for, typed filter values, resetting to page one. */
public final class LazyTables {

    private LazyTables() {
    }

    public static PageRequest page(int first, int pageSize) {
        int size = Math.min(Math.max(pageSize, 1), PageRequest.MAX_SIZE);
        return new PageRequest(first / size, size);
    }

    public static <E extends Enum<E>> E enumFilter(Map<String, FilterMeta> filterBy, String field, Class<E> type) {
        Object value = value(filterBy, field);
        if (value == null) {
            return null;
        }
        return type.isInstance(value) ? type.cast(value) : Enum.valueOf(type, value.toString());
    }

    public static Long longFilter(Map<String, FilterMeta> filterBy, String field) {
        Object value = value(filterBy, field);
        if (value == null) {
            return null;
        }
        return value instanceof Number n ? n.longValue() : Long.valueOf(value.toString());
    }

    public static Boolean booleanFilter(Map<String, FilterMeta> filterBy, String field) {
        Object value = value(filterBy, field);
        if (value == null) {
            return null;
        }
        return value instanceof Boolean b ? b : Boolean.valueOf(value.toString());
    }

    private static Object value(Map<String, FilterMeta> filterBy, String field) {
        FilterMeta meta = filterBy.get(field);
        if (meta == null || meta.getFilterValue() == null || meta.getFilterValue().toString().isBlank()) {
            return null;
        }
        return meta.getFilterValue();
    }

    /**
     * Moves the table back to its first page: after new filters the old page number may lie past
     * the new results, which would show an empty page instead of the matches.
     */
    public static void showFirstPage(FacesContext faces, String tableClientId) {
        if (faces.getViewRoot().findComponent(tableClientId) instanceof DataTable table) {
            table.setFirst(0);
        }
    }
}
