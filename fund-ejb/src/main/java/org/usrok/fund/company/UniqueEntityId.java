package org.usrok.fund.company;

import java.io.Serializable;
import java.util.Locale;
import java.util.Optional;

/**
 * A SAM.gov Unique Entity ID: 12 characters of upper-case letters and digits. GSA does not use the
 * letters I and O (they read as 1 and 0) and a UEI never starts with 0. Input is case-insensitive
 * and may contain spaces or hyphens, which are dropped.
 */
public record UniqueEntityId(String value) implements Serializable {

    public UniqueEntityId {
        if (parse(value).map(u -> !u.equals(value)).orElse(true)) {
            throw new IllegalArgumentException("Not a valid UEI: " + value);
        }
    }

    public static Optional<String> parse(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String compact = input.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (!compact.matches("[A-HJ-NP-Z1-9][A-HJ-NP-Z0-9]{11}")) {
            return Optional.empty();
        }
        return Optional.of(compact);
    }

    public static boolean isValid(String input) {
        return parse(input).isPresent();
    }

    public static UniqueEntityId of(String input) {
        return new UniqueEntityId(parse(input)
                .orElseThrow(() -> new IllegalArgumentException("Not a valid UEI: " + input)));
    }

    public String uniquenessKey() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}
