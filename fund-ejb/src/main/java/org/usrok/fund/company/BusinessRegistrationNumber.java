package org.usrok.fund.company;

import java.io.Serializable;
import java.util.Optional;

/**
 * A Korean business registration number (사업자등록번호), {@code NNN-NN-NNNNN}. The tenth digit is
 * a check digit over the first nine with weights 1,3,7,1,3,7,1,3,5, plus the tens digit of
 * (ninth digit x 5), so a mistyped digit is caught at registration rather than at payment.
 */
public record BusinessRegistrationNumber(String value) implements Serializable {

    private static final int[] WEIGHTS = {1, 3, 7, 1, 3, 7, 1, 3, 5};

    public BusinessRegistrationNumber {
        if (parse(value).map(b -> !b.equals(value)).orElse(true)) {
            throw new IllegalArgumentException("Not a valid business registration number: " + value);
        }
    }

    public static Optional<String> parse(String input) {
        if (input == null || !input.strip().matches("\\d{3}[\\s-]?\\d{2}[\\s-]?\\d{5}")) {
            return Optional.empty();
        }
        String digits = input.replaceAll("[\\s-]", "");
        if (checkDigit(digits) != digits.charAt(9) - '0') {
            return Optional.empty();
        }
        return Optional.of(digits.substring(0, 3) + "-" + digits.substring(3, 5) + "-" + digits.substring(5));
    }

    /** The check digit for the first nine digits of {@code digits}. */
    static int checkDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (digits.charAt(i) - '0') * WEIGHTS[i];
        }
        sum += (digits.charAt(8) - '0') * 5 / 10;
        return (10 - sum % 10) % 10;
    }

    public static boolean isValid(String input) {
        return parse(input).isPresent();
    }

    public static BusinessRegistrationNumber of(String input) {
        return new BusinessRegistrationNumber(parse(input)
                .orElseThrow(() -> new IllegalArgumentException("Not a valid business registration number: " + input)));
    }

    public String uniquenessKey() {
        return value.replace("-", "");
    }

    @Override
    public String toString() {
        return value;
    }
}
