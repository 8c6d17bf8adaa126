package org.usrok.fund.it.support;

import org.usrok.fund.company.IndustrySector;
import org.usrok.fund.company.RegisterCompany;
import org.usrok.fund.ledger.JournalLine;
import org.usrok.fund.ledger.PostEntry;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.Money;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.List;

/**
 * Fresh, valid and unique test data, so that every test seeds its own and no test depends on
 * another or on what an earlier run left in a persistent database. The check-digit computation
 * here is written independently of the production code on purpose.
 */
public final class TestData {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String UEI_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";
    private static final String[] EIN_PREFIXES = {"10", "12", "20", "27", "30", "46", "54", "61", "80", "94"};
    private static final int[] BRN_WEIGHTS = {1, 3, 7, 1, 3, 7, 1, 3, 5};

    private TestData() {
    }

    /** A random lower-case suffix for usernames and names. */
    public static String suffix() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            s.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return s.toString();
    }

    public static String ein() {
        return EIN_PREFIXES[RANDOM.nextInt(EIN_PREFIXES.length)] + "-" + digits(7);
    }

    public static String uei() {
        StringBuilder s = new StringBuilder().append((char) ('A' + RANDOM.nextInt(8)));
        for (int i = 1; i < 12; i++) {
            s.append(UEI_ALPHABET.charAt(RANDOM.nextInt(UEI_ALPHABET.length())));
        }
        return s.toString();
    }

    public static String brn() {
        String nine = digits(9);
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nine.charAt(i) - '0') * BRN_WEIGHTS[i];
        }
        sum += (nine.charAt(8) - '0') * 5 / 10;
        int check = (10 - sum % 10) % 10;
        return nine.substring(0, 3) + "-" + nine.substring(3, 5) + "-" + nine.substring(5) + check;
    }

    /** {@code n} random decimal digits, say a fresh bank account number. */
    public static String digits(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append(RANDOM.nextInt(10));
        }
        return s.toString();
    }

    /** A balanced ledger entry: U.S. contribution cash received against the receivable. */
    public static PostEntry usdReceipt(String eventId, String amountUsd) {
        Money amount = Money.of(amountUsd, CurrencyCode.USD);
        return new PostEntry(eventId, LocalDate.of(2026, 11, 28), "round test", "U.S. contribution received", null,
                List.of(JournalLine.debit("1200-USD", amount), JournalLine.credit("1100-USD", amount)));
    }

    public static RegisterCompany usCompany() {
        return new RegisterCompany("Sierra Cobalt " + suffix() + " Corp", CountryCode.US, ein(), uei(), null,
                "1 Mine Road", "Reno", "NV", "89501", IndustrySector.MINING_AND_PROCESSING, "Pat Doe",
                "pat@example.com");
    }

    public static RegisterCompany krCompany() {
        return new RegisterCompany("한빛소재 " + suffix(), CountryCode.KR, null, null, brn(), "테헤란로 152",
                "서울특별시 강남구", null, "06236", IndustrySector.BATTERIES, "박지호", "jiho@example.kr");
    }
}
