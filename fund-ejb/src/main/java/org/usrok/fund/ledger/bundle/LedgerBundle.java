package org.usrok.fund.ledger.bundle;

import org.usrok.fund.ledger.JournalEntryRecord;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * What a bundle holds: who exported it and when, the chart of accounts, the journal in chain
 * order, the balances the application computed and the certificates of committed allocations. {@code hashes.csv} and the manifest are
 * derived from these when written.
 */
public record LedgerBundle(Instant generatedAt, String generatedBy, List<BundleAccount> accounts,
                           List<JournalEntryRecord> entries, List<BundleBalance> balances,
                           List<BundleCertificate> certificates) {

    /** A bundle without allocation certificates (no allocation committed yet, or a version 1 bundle). */
    public LedgerBundle(Instant generatedAt, String generatedBy, List<BundleAccount> accounts,
                        List<JournalEntryRecord> entries, List<BundleBalance> balances) {
        this(generatedAt, generatedBy, accounts, entries, balances, List.of());
    }

    public LedgerBundle {
        generatedAt = Objects.requireNonNull(generatedAt, "generatedAt").truncatedTo(ChronoUnit.MICROS);
        Objects.requireNonNull(generatedBy, "generatedBy");
        accounts = List.copyOf(accounts);
        entries = List.copyOf(entries);
        balances = List.copyOf(balances);
        certificates = certificates.stream().sorted(java.util.Comparator.comparingLong(BundleCertificate::roundId))
                .toList();
    }
}
