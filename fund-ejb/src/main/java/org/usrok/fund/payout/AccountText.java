package org.usrok.fund.payout;

import java.util.Locale;

/** Normalises what people type into account fields: the separators they use are not part of the number. */
final class AccountText {

    private AccountText() {
    }

    /** The input without spaces and hyphens, or {@code null} for {@code null}. */
    static String digitsOnly(String input) {
        return input == null ? null : input.replaceAll("[\\s-]", "");
    }

    /** The input without whitespace, upper case, or {@code null} for {@code null}. */
    static String compactUpper(String input) {
        return input == null ? null : input.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /**
     * The account identifier as someone who may not see it is shown it: the last four characters
     * behind asterisks ({@code ****6789}); an IBAN keeps its country code ({@code DE****3000}).
     */
    static String mask(AccountScheme scheme, String identifier) {
        String last = identifier.length() <= 4 ? identifier : identifier.substring(identifier.length() - 4);
        return (scheme == AccountScheme.IBAN ? identifier.substring(0, 2) : "") + "****" + last;
    }
}
