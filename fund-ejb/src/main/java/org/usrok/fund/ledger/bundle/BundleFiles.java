package org.usrok.fund.ledger.bundle;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names and column headers of the files in a bundle, per format. Version 2 adds, beside the
 * four data files of version 1, one certificate per committed allocation
 * ({@code allocations/round-<id>-certificate.txt}); version 3 adds {@code exchange-rates.csv}, the
 * rates those certificates cite; version 4 the fund's signed checkpoints with its public key and
 * {@code money-records.csv}, the postings the money records require. Older bundles keep verifying
 * as they are, so each format's
 * files are named here rather than only the current ones.
 */
public final class BundleFiles {

    /** The format the server writes: with the fund's signed checkpoints and the money records. */
    public static final String FORMAT_V4 = "fund-ledger-bundle-v4";
    /** The format this code writes for a bundle without checkpoints (made outside the server). */
    public static final String FORMAT_V3 = "fund-ledger-bundle-v3";
    public static final String FORMAT_V2 = "fund-ledger-bundle-v2";
    public static final String FORMAT_V1 = "fund-ledger-bundle-v1";
    /** Every format this code reads, newest first. */
    public static final List<String> FORMATS = List.of(FORMAT_V4, FORMAT_V3, FORMAT_V2, FORMAT_V1);
    public static final String MANIFEST = "manifest.txt";
    public static final String ACCOUNTS = "accounts.csv";
    public static final String JOURNAL = "journal.csv";
    public static final String HASHES = "hashes.csv";
    public static final String BALANCES = "balances.csv";
    public static final String EXCHANGE_RATES = "exchange-rates.csv";
    public static final String CHECKPOINTS = "checkpoints.csv";
    public static final String CHECKPOINT_KEY = "checkpoint-key.pem";
    public static final String MONEY_RECORDS = "money-records.csv";

    /** The data files the manifest lists with their SHA-256, in the order they are written. */
    public static final List<String> DATA_FILES = List.of(ACCOUNTS, JOURNAL, HASHES, BALANCES, EXCHANGE_RATES,
            MONEY_RECORDS, CHECKPOINTS, CHECKPOINT_KEY);
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
    static final List<String> CHECKPOINTS_HEADER = List.of("id", "sequence", "head_hash", "recorded_at", "reason",
            "recorded_by", "key_id", "signature", "us_officer", "us_countersigned_at", "kr_officer",
            "kr_countersigned_at");
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
     * The data files a bundle of {@code format} holds: version 1 and 2 have no
     * {@code exchange-rates.csv}, versions 1 to 3 no checkpoints and no money records.
     */
    public static List<String> dataFiles(String format) {
        if (FORMAT_V4.equals(format)) {
            return DATA_FILES;
        }
        return FORMAT_V3.equals(format) ? DATA_FILES_V3 : DATA_FILES_V2;
    }

    /** Whether a bundle of {@code format} holds {@code exchange-rates.csv} (version 3 on). */
    public static boolean hasExchangeRates(String format) {
        return dataFiles(format).contains(EXCHANGE_RATES);
    }

    /** Whether a bundle of {@code format} holds the signed checkpoints and the key (version 4 on). */
    public static boolean hasCheckpoints(String format) {
        return dataFiles(format).contains(CHECKPOINTS);
    }

    /** Whether a bundle of {@code format} holds {@code money-records.csv} (version 4 on). */
    public static boolean hasMoneyRecords(String format) {
        return dataFiles(format).contains(MONEY_RECORDS);
    }

    /** Whether a bundle of {@code format} may hold the file (the manifest then lists its SHA-256). */
    public static boolean isListed(String format, String name) {
        return dataFiles(format).contains(name) || (!FORMAT_V1.equals(format) && certificateRound(name) != null);
    }
}
