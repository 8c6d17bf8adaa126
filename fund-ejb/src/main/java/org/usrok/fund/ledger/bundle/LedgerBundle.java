package org.usrok.fund.ledger.bundle;

import org.usrok.fund.ledger.JournalEntryRecord;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What a bundle holds: who exported it and when, the chart of accounts, the journal in chain
 * order, the balances the application computed, the certificates of committed allocations and
 * the exchange rates recorded (which the certificates cite by id) and the postings the money
 * records require of their entries. {@code hashes.csv} and the
 * manifest are derived from these when written. Certificates and rates are kept ordered by round
 * and by id, the order they are written in.
 */
public record LedgerBundle(Instant generatedAt, String generatedBy, List<BundleAccount> accounts,
                           List<JournalEntryRecord> entries, List<BundleBalance> balances,
                           List<BundleCertificate> certificates, List<BundleExchangeRate> exchangeRates,
                           List<BundleMoneyRecord> moneyRecords) {

    /** A bundle without money records. */
    public LedgerBundle(Instant generatedAt, String generatedBy, List<BundleAccount> accounts,
                        List<JournalEntryRecord> entries, List<BundleBalance> balances,
                        List<BundleCertificate> certificates, List<BundleExchangeRate> exchangeRates) {
        this(generatedAt, generatedBy, accounts, entries, balances, certificates, exchangeRates, List.of());
    }

    /** A bundle without allocation certificates or exchange rates. */
    public LedgerBundle(Instant generatedAt, String generatedBy, List<BundleAccount> accounts,
                        List<JournalEntryRecord> entries, List<BundleBalance> balances) {
        this(generatedAt, generatedBy, accounts, entries, balances, List.of(), List.of());
    }

    /** A bundle without exchange rates (none recorded yet, or a bundle of version 1 or 2). */
    public LedgerBundle(Instant generatedAt, String generatedBy, List<BundleAccount> accounts,
                        List<JournalEntryRecord> entries, List<BundleBalance> balances,
                        List<BundleCertificate> certificates) {
        this(generatedAt, generatedBy, accounts, entries, balances, certificates, List.of());
    }

    public LedgerBundle {
        generatedAt = Objects.requireNonNull(generatedAt, "generatedAt").truncatedTo(ChronoUnit.MICROS);
        Objects.requireNonNull(generatedBy, "generatedBy");
        accounts = List.copyOf(accounts);
        entries = List.copyOf(entries);
        balances = List.copyOf(balances);
        certificates = certificates.stream().sorted(Comparator.comparingLong(BundleCertificate::roundId)).toList();
        exchangeRates = exchangeRates.stream().sorted(Comparator.comparingLong(BundleExchangeRate::id)).toList();
        moneyRecords = moneyRecords.stream().sorted(Comparator.comparingLong(BundleMoneyRecord::sequence)
                .thenComparingInt(BundleMoneyRecord::debitLine)).toList();
    }
}
