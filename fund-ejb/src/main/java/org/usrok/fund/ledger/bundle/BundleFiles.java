package org.usrok.fund.ledger.bundle;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names and column headers of the files in a bundle. Version 2 adds, beside the four data
 * files of version 1, one certificate per committed allocation
 * ({@code allocations/round-<id>-certificate.txt}); a version 1 bundle has none.
 */
public final class BundleFiles {

    public static final String FORMAT = "fund-ledger-bundle-v2";
    public static final String FORMAT_V1 = "fund-ledger-bundle-v1";
    public static final String MANIFEST = "manifest.txt";
    public static final String ACCOUNTS = "accounts.csv";
    public static final String JOURNAL = "journal.csv";
    public static final String HASHES = "hashes.csv";
    public static final String BALANCES = "balances.csv";

    /** The files the manifest lists with their SHA-256, in the order they are written. */
    public static final List<String> DATA_FILES = List.of(ACCOUNTS, JOURNAL, HASHES, BALANCES);

    private static final Pattern CERTIFICATE = Pattern.compile("allocations/round-([1-9][0-9]{0,17})-certificate\\.txt");

    static final List<String> ACCOUNTS_HEADER = List.of("code", "name", "kind", "currency");
    static final List<String> JOURNAL_HEADER = List.of("sequence", "event_id", "effective_date", "recorded_at",
            "reference", "actor", "description", "reverses", "line_no", "account", "side", "currency", "amount",
            "previous_hash", "hash");
    static final List<String> HASHES_HEADER = List.of("sequence", "previous_hash", "hash");
    static final List<String> BALANCES_HEADER = List.of("account", "currency", "debit_total", "credit_total",
            "balance");

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

    /** A file the manifest lists with its SHA-256: a data file or a certificate. */
    public static boolean isListed(String name) {
        return DATA_FILES.contains(name) || certificateRound(name) != null;
    }
}
