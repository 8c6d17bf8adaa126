package org.usrok.fund.ledger.bundle;

import java.util.List;

/** The names and column headers of the files in a bundle, version 1. */
public final class BundleFiles {

    public static final String FORMAT = "fund-ledger-bundle-v1";
    public static final String MANIFEST = "manifest.txt";
    public static final String ACCOUNTS = "accounts.csv";
    public static final String JOURNAL = "journal.csv";
    public static final String HASHES = "hashes.csv";
    public static final String BALANCES = "balances.csv";

    /** The files the manifest lists with their SHA-256, in the order they are written. */
    public static final List<String> DATA_FILES = List.of(ACCOUNTS, JOURNAL, HASHES, BALANCES);

    static final List<String> ACCOUNTS_HEADER = List.of("code", "name", "kind", "currency");
    static final List<String> JOURNAL_HEADER = List.of("sequence", "event_id", "effective_date", "recorded_at",
            "reference", "actor", "description", "reverses", "line_no", "account", "side", "currency", "amount",
            "previous_hash", "hash");
    static final List<String> HASHES_HEADER = List.of("sequence", "previous_hash", "hash");
    static final List<String> BALANCES_HEADER = List.of("account", "currency", "debit_total", "credit_total",
            "balance");

    private BundleFiles() {
    }
}
