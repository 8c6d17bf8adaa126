package org.usrok.fund.company;

import org.usrok.fund.shared.CountryCode;

import java.io.Serializable;

/**
 * Filters and order of the companies list. Every order ends with the id, so paging is stable
 * even when many rows share a name or status.
 */
public record CompanyQuery(CountryCode country, CompanyStatus status, String nameContains, SortField sortBy,
                           boolean descending) implements Serializable {

    public enum SortField {
        LEGAL_NAME("c.legalName"),
        COUNTRY("c.country"),
        STATUS("c.status"),
        REGISTERED_AT("c.createdAt");

        private final String path;

        SortField(String path) {
            this.path = path;
        }

        String path() {
            return path;
        }
    }

    public static CompanyQuery all() {
        return new CompanyQuery(null, null, null, SortField.REGISTERED_AT, true);
    }

    public SortField sortByOrDefault() {
        return sortBy == null ? SortField.REGISTERED_AT : sortBy;
    }
}
