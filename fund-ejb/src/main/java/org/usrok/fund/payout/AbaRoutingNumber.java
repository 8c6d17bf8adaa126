package org.usrok.fund.payout;

import java.util.Optional;

/**
 * A U.S. bank routing number (ABA routing transit number): nine digits whose first two are a
 * Federal Reserve routing symbol prefix (00-12, 21-32, 61-72 or 80) and whose last is a check
 * digit, so that {@code 3(d1+d4+d7) + 7(d2+d5+d8) + (d3+d6+d9)} is a multiple of ten (the 3-7-1
 * checksum of the ABA). Spaces and hyphens are allowed on input and removed.
 */
public final class AbaRoutingNumber {

    private static final int[] WEIGHTS = {3, 7, 1, 3, 7, 1, 3, 7, 1};

    private AbaRoutingNumber() {
    }

    /** The nine digits of a valid routing number, or empty when the input is not one. */
    public static Optional<String> parse(String input) {
        String digits = AccountText.digitsOnly(input);
        if (digits == null || !digits.matches("\\d{9}") || digits.equals("000000000")
                || !validPrefix(Integer.parseInt(digits.substring(0, 2))) || !checksumValid(digits)) {
            return Optional.empty();
        }
        return Optional.of(digits);
    }

    /** True when the nine digits satisfy the 3-7-1 checksum. */
    static boolean checksumValid(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += WEIGHTS[i] * (nineDigits.charAt(i) - '0');
        }
        return sum % 10 == 0;
    }

    private static boolean validPrefix(int prefix) {
        return prefix <= 12 || (prefix >= 21 && prefix <= 32) || (prefix >= 61 && prefix <= 72) || prefix == 80;
    }
}
