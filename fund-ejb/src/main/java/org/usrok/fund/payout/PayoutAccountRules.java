package org.usrok.fund.payout;

import org.iban4j.BicFormatException;
import org.iban4j.BicUtil;
import org.iban4j.IbanUtil;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.CurrencyCode;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules a payout account's fields must meet, one violation per field to correct, and the
 * normalised values stored once they are met. A mistyped account sends public money to a stranger
 * (or back, days later), so every number that has a check digit is checked:
 * <ul>
 *   <li>IBAN: country format and ISO 7064 mod-97 check digits, by iban4j;</li>
 *   <li>ABA routing number: nine digits, Federal Reserve prefix and the 3-7-1 checksum
 *       ({@link AbaRoutingNumber}); U.S. account number 4-17 digits (no check digit exists);</li>
 *   <li>Korean bank: a KFTC code of a listed bank ({@link KoreanBank}) and 10-14 digits;</li>
 *   <li>BIC: 8 or 11 characters (bank, ISO country, location, optional branch); for a U.S. or Korean
 *       account, a bank of that country;</li>
 *   <li>currency: a U.S. account is paid in USD, a Korean one in KRW; an IBAN in either.</li>
 * </ul>
 */
public final class PayoutAccountRules {

    private static final Pattern IBAN = Pattern.compile("[A-Z]{2}[0-9]{2}[a-zA-Z0-9]{1,30}");

    /** One field to correct and the message template (a {@code ValidationMessages} key in braces). */
    public record Violation(String field, String template) implements Serializable {
    }

    private PayoutAccountRules() {
    }

    /** What is wrong with the command, field by field; empty when it can be registered. */
    public static List<Violation> check(RegisterPayoutAccount command) {
        List<Violation> violations = new ArrayList<>();
        if (command == null || command.scheme() == null) {
            return violations;
        }
        switch (command.scheme()) {
            case US_ABA -> {
                requireCurrency(command, CurrencyCode.USD, violations);
                if (AccountText.blank(command.routingNumber())) {
                    violations.add(new Violation("routingNumber", "{payout.routingNumber.required}"));
                } else if (AbaRoutingNumber.parse(command.routingNumber()).isEmpty()) {
                    violations.add(new Violation("routingNumber", "{payout.routingNumber.invalid}"));
                }
                checkAccountNumber(command.accountNumber(), "\\d{4,17}", "{payout.accountNumber.US}", violations);
                checkBic(command.bic(), CountryCode.US, violations);
            }
            case KR_BANK -> {
                requireCurrency(command, CurrencyCode.KRW, violations);
                if (AccountText.blank(command.bankCode())) {
                    violations.add(new Violation("bankCode", "{payout.bankCode.required}"));
                } else if (KoreanBank.byCode(command.bankCode()).isEmpty()) {
                    violations.add(new Violation("bankCode", "{payout.bankCode.invalid}"));
                }
                checkAccountNumber(command.accountNumber(), "\\d{10,14}", "{payout.accountNumber.KR}", violations);
                checkBic(command.bic(), CountryCode.KR, violations);
            }
            case IBAN -> {
                if (AccountText.blank(command.iban())) {
                    violations.add(new Violation("iban", "{payout.iban.required}"));
                } else if (iban(command.iban()).isEmpty()) {
                    violations.add(new Violation("iban", "{payout.iban.invalid}"));
                }
                checkBic(command.bic(), null, violations);
            }
        }
        return violations;
    }

    /** The normalised content of a command that passed {@link #check}. */
    public static AccountDetails details(RegisterPayoutAccount command) {
        if (!check(command).isEmpty() || command.currency() == null) {
            throw new IllegalArgumentException("Payout account not valid: " + check(command));
        }
        String holder = command.holderName().strip();
        String bic = bic(command.bic()).orElse(null);
        return switch (command.scheme()) {
            case US_ABA -> new AccountDetails(command.currency(), AccountScheme.US_ABA, holder,
                    AbaRoutingNumber.parse(command.routingNumber()).orElseThrow(),
                    AccountText.digitsOnly(command.accountNumber()), bic, CountryCode.US);
            case KR_BANK -> new AccountDetails(command.currency(), AccountScheme.KR_BANK, holder,
                    KoreanBank.byCode(command.bankCode()).orElseThrow().code(),
                    AccountText.digitsOnly(command.accountNumber()), bic, CountryCode.KR);
            case IBAN -> new AccountDetails(command.currency(), AccountScheme.IBAN, holder, bic,
                    iban(command.iban()).orElseThrow(), bic, null);
        };
    }

    /** The electronic form (no spaces, upper case) of a valid IBAN, or empty when the input is not one. */
    public static Optional<String> iban(String input) {
        String compact = AccountText.compactUpper(input);
        return isIban(compact) ? Optional.of(compact) : Optional.empty();
    }

    /**
     * Whether a value in electronic form is a valid IBAN: ASCII letters and digits in the IBAN
     * pattern, then iban4j's country length and BBAN layout and ISO 7064 mod-97 check digits. The
     * pattern comes first because iban4j takes any Unicode digit (Arabic-Indic, full-width) for a
     * digit, and a bank file has ASCII only. The payment files check with this same method.
     */
    public static boolean isIban(String electronic) {
        return electronic != null && IBAN.matcher(electronic).matches() && IbanUtil.isValid(electronic);
    }

    /** The upper-case form of a well-formed BIC (8 or 11 characters), or empty when the input is not one. */
    public static Optional<String> bic(String input) {
        String compact = AccountText.compactUpper(input);
        if (compact == null || compact.isEmpty() || !compact.matches("[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?")) {
            return Optional.empty();
        }
        try {
            BicUtil.validate(compact);
            return Optional.of(compact);
        } catch (BicFormatException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static void requireCurrency(RegisterPayoutAccount command, CurrencyCode expected,
                                        List<Violation> violations) {
        if (command.currency() != null && command.currency() != expected) {
            violations.add(new Violation("currency", "{payout.currency." + command.scheme() + "}"));
        }
    }

    private static void checkAccountNumber(String input, String pattern, String template,
                                           List<Violation> violations) {
        if (AccountText.blank(input)) {
            violations.add(new Violation("accountNumber", "{payout.accountNumber.required}"));
        } else if (!AccountText.digitsOnly(input).matches(pattern)) {
            violations.add(new Violation("accountNumber", template));
        }
    }

    private static void checkBic(String input, CountryCode bankCountry, List<Violation> violations) {
        if (AccountText.blank(input)) {
            return;
        }
        Optional<String> bic = bic(input);
        if (bic.isEmpty()) {
            violations.add(new Violation("bic", "{payout.bic.invalid}"));
        } else if (bankCountry != null && !bic.get().substring(4, 6).equals(bankCountry.name())) {
            violations.add(new Violation("bic", "{payout.bic.country." + bankCountry + "}"));
        }
    }
}
