package org.usrok.fund.web.api;

import org.usrok.fund.shared.PageRequest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;

/**
 * Parses query parameters itself, so that a bad value is a 400 naming the parameter (JAX-RS would
 * answer an unconvertible query parameter with 404).
 */
public final class QueryParams {

    private QueryParams() {
    }

    public static <E extends Enum<E>> E enumValue(Class<E> type, String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidQueryParameterException("Query parameter '" + name + "' must be one of "
                    + Arrays.toString(type.getEnumConstants()));
        }
    }

    public static int intValue(String name, String value, int defaultValue, int min, int max) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below with the allowed range
        }
        throw new InvalidQueryParameterException("Query parameter '" + name + "' must be a whole number from " + min + " to " + max);
    }

    public static boolean booleanValue(String name, String value, boolean defaultValue) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidQueryParameterException("Query parameter '" + name + "' must be true or false");
        };
    }

    /** An optional id: null when absent, 400 when not a positive whole number. */
    public static Long idValue(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long parsed = Long.parseLong(value.strip());
            if (parsed > 0) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidQueryParameterException("Query parameter '" + name + "' must be a positive whole number");
    }

    /** An optional filter flag: null (no filter) when absent, 400 when neither true nor false. */
    public static Boolean optionalBooleanValue(String name, String value) {
        return value == null || value.isBlank() ? null : booleanValue(name, value, false);
    }

    public static PageRequest page(String page, String size) {
        return new PageRequest(intValue("page", page, 0, 0, 1_000_000),
                intValue("size", size, PageRequest.DEFAULT_SIZE, 1, PageRequest.MAX_SIZE));
    }

    /** Free text, stripped; null when absent or blank; longer than {@code maxLength} is refused. */
    public static String text(String name, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > maxLength) {
            throw new InvalidQueryParameterException("Query parameter '" + name + "' must be at most " + maxLength
                    + " characters");
        }
        return stripped;
    }

    /** An ISO-8601 instant in UTC such as {@code 2026-11-28T09:00:00Z}; null when absent. */
    public static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidQueryParameterException("Query parameter '" + name
                    + "' must be an ISO-8601 instant in UTC, e.g. 2026-11-28T09:00:00Z");
        }
    }

    /** An ISO-8601 date such as {@code 2026-11-28}; null when absent. */
    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidQueryParameterException("Query parameter '" + name
                    + "' must be an ISO-8601 date, e.g. 2026-11-28");
        }
    }

    /** Refuses a half-open range {@code [from, to)} that is empty or reversed, naming {@code to}. */
    public static void range(String fromName, Instant from, String toName, Instant to) {
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidQueryParameterException("Query parameter '" + toName + "' must be later than '"
                    + fromName + "'");
        }
    }
}
