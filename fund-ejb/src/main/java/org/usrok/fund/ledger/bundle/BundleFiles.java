package org.usrok.fund.ledger.bundle;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names and column headers of the files in a bundle, per format. Version 2 adds, beside the
 * four data files of version 1, one certificate per committed allocation
 * ({@code allocations/round-<id>-certificate.txt}); version 3 adds {@code exchange-rates.csv}, the
 * rates those certificates cite; version 4 {@code money-records.csv}, the money records' postings.
 * Older bundles keep verifying as they are, so each format's
 * files are named here rather than only the current ones.
 */
public final class BundleFiles {

    /** The format this code writes. */
    public static final String FORMAT = "fund-ledger-bundle-v4";
    public static final String FORMAT_V3 = "fund-ledger-bundle-v3";
    public static final String FORMAT_V2 = "fund-ledger-bundle-v2";
    public static final String FORMAT_V1 = "fund-ledger-bundle-v1";
    /** Every format this code reads, newest first. */
    public static final List<String> FORMATS = List.of(FORMAT, FORMAT_V3, FORMAT_V2, FORMAT_V1);
    public static final String MANIFEST = "manifest.txt";
    public static final String ACCOUNTS = "accounts.csv";
    public static final String JOURNAL = "journal.csv";
    public static final String HASHES = "hashes.csv";
    public static final String BALANCES = "balances.csv";
    public static final String EXCHANGE_RATES = "exchange-rates.csv";
    public static final String MONEY_RECORDS = "money-records.csv";

    /** The data files the manifest lists with their SHA-256, in the order they are written. */
    public static final List<String> DATA_FILES = List.of(ACCOUNTS, JOURNAL, HASHES, BALANCES, EXCHANGE_RATES,
            MONEY_RECORDS);
    private static final List<String> DATA_FILES_V3 = List.of(ACCOUNTS, JOURNAL, HASHES, BALANCES, EXCHANGE_RATES);
    private static final List<String> DATA_FILES_V2 = List.of(ACCOUNTS, JOURNAL, HASHES, BALANCES);

    private static final Pattern CERTIFICATE = Pattern.compile("allocations/round-([1-9][0-9]{0,17})-certificate\\.txt");

    static final List<String> ACCOUNTS_HEADER = List.of("code", "name", "kind", "currency");
    static final List<String> JOURNAL_HEADER = List.of("sequence", "event_id", "effective_date", "recorded_at",
            "reference", "actor", "description", "reverses", "line_no", "account", "side", "currency", "amount",
            "previous_hash", "hash");
    static final List<String> HASHES_HEADER = List.of("sequence", "previous_hash", "hash");
    static final List<String> BALANCES_HEADER = List.of("account", "currency", "debit_total", "credit_total",
            "balance");
    static final List<String> EXCHANGE_RATES_HEADER = List.of("id", "base", "quote", "rate", "effective_on", "source",
            "source_reference", "entered_by", "entered_at");
    static final List<String> MONEY_RECORDS_HEADER = List.of("kind", "record_id", "sequence", "event_id",
            "effective_date", "currency", "amount", "debit_account", "debit_line", "credit_account", "credit_line");

    private BundleFiles() {
    }

    /** The file holding the certificate of a round's committed allocation. */
    public static String certificate(long roundId) {
        return "allocations/round-" + roundId + "-certificate.txt";
    }

    /** The round whose certificate the file holds, or null when the name is not a certificate's. */
    public static Long certificateRound(String name) {
        Matcher m = CERTIFICATE.matcher(name);
        return m.matches() ? Long.valueOf(m.group(1)) : null;
    }

    /**
     * The data files a bundle of {@code format} holds: version 1 and 2 have no {@code exchange-rates.csv},
     * version 3 no {@code money-records.csv}.
     */
    public static List<String> dataFiles(String format) {
        if (FORMAT.equals(format)) {
            return DATA_FILES;
        }
        return FORMAT_V3.equals(format) ? DATA_FILES_V3 : DATA_FILES_V2;
    }

    /** Whether a bundle of {@code format} holds the exchange rates (version 3 on). */
    public static boolean holdsRates(String format) {
        return dataFiles(format).contains(EXCHANGE_RATES);
    }

    /** Whether a bundle of {@code format} may hold the file (the manifest then lists its SHA-256). */
    public static boolean isListed(String format, String name) {
        return dataFiles(format).contains(name) || (!FORMAT_V1.equals(format) && certificateRound(name) != null);
    }
}
