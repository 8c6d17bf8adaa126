package org.usrok.fund.disbursement.file;

import java.math.BigInteger;
import java.util.Locale;
import java.util.regex.Pattern;

/** Rule: an IBAN has the ISO 13616 form (country, two check digits, up to 30 letters or digits) and its check digits are right (mod 97 = 1). */
final class Iban {

    static final Pattern FORM = Pattern.compile("[A-Z]{2}[0-9]{2}[a-zA-Z0-9]{1,30}");
    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    private Iban() {
    }

    static boolean isValid(String value) {
        if (value == null || !FORM.matcher(value).matches()) {
            return false;
        }
        String rearranged = (value.substring(4) + value.substring(0, 4)).toUpperCase(Locale.ROOT);
        StringBuilder digits = new StringBuilder(rearranged.length() * 2);
        for (char c : rearranged.toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue() == 1;
    }
}
