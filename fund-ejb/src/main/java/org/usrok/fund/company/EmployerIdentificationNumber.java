package org.usrok.fund.company;

import java.io.Serializable;
import java.util.Optional;
import java.util.Set;

/**
 * A U.S. Employer Identification Number, {@code NN-NNNNNNN}. The IRS assigns only certain
 * two-digit prefixes (campus codes); numbers with an unassigned prefix cannot be genuine and are
 * refused. Hyphen and spaces are optional on input; the canonical form has the hyphen.
 */
public record EmployerIdentificationNumber(String value) implements Serializable {

    /** Prefixes the IRS has never assigned (IRS "How EINs are assigned and valid EIN prefixes"). */
    private static final Set<String> UNASSIGNED_PREFIXES = Set.of(
            "00", "07", "08", "09", "17", "18", "19", "28", "29", "49", "69", "70", "78", "79", "89", "96", "97");

    public EmployerIdentificationNumber {
        if (parse(value).map(e -> !e.equals(value)).orElse(true)) {
            throw new IllegalArgumentException("Not a valid EIN: " + value);
        }
    }

    private static String canonical(String digits) {
        return digits.substring(0, 2) + "-" + digits.substring(2);
    }

    /** The canonical form of a valid EIN, or empty when the input is not one. */
    public static Optional<String> parse(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String compact = input.replaceAll("[\\s-]", "");
        if (!compact.matches("\\d{9}") || !input.strip().matches("\\d{2}[\\s-]?\\d{7}")) {
            return Optional.empty();
        }
        if (UNASSIGNED_PREFIXES.contains(compact.substring(0, 2))) {
            return Optional.empty();
        }
        return Optional.of(canonical(compact));
    }

    public static boolean isValid(String input) {
        return parse(input).isPresent();
    }

    public static EmployerIdentificationNumber of(String input) {
        return new EmployerIdentificationNumber(parse(input)
                .orElseThrow(() -> new IllegalArgumentException("Not a valid EIN: " + input)));
    }

    /** The key that makes two spellings of the same number collide: digits only. */
    public String uniquenessKey() {
        return value.replace("-", "");
    }

    @Override
    public String toString() {
        return value;
    }
}
