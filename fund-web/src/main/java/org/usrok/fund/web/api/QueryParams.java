package org.usrok.fund.web.api;

import org.usrok.fund.shared.PageRequest;

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
}
