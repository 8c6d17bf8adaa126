package org.usrok.fund.ledger.bundle;

import org.usrok.fund.ledger.JournalEntryRecord;

import java.io.Serializable;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What a bundle holds: who exported it and when, the chart of accounts, the journal in chain
 * order, the balances the application computed, the certificates of committed allocations and
 * the exchange rates recorded (which the certificates cite by id) and, when the server exports it
 * (version 4), the postings the money records require of their entries ({@code moneyRecords}) and
 * the fund's signed checkpoints with its public key ({@code checkpoints}; null for a bundle made
 * without them, which is then written as version 3, without money records). {@code hashes.csv} and the
 * manifest are derived from these when written. Certificates and rates are kept ordered by round
 * and by id, the order they are written in.
 */
public record LedgerBundle(Instant generatedAt, String generatedBy, List<BundleAccount> accounts,
                           List<JournalEntryRecord> entries, List<BundleBalance> balances,
                           List<BundleCertificate> certificates, List<BundleExchangeRate> exchangeRates,
                           List<BundleMoneyRecord> moneyRecords, BundleCheckpoints checkpoints) implements Serializable {

    /** A bundle without checkpoints (written as version 3). */
    public LedgerBundle(Instant generatedAt, String generatedBy, List<BundleAccount> accounts,
                        List<JournalEntryRecord> entries, List<BundleBalance> balances,
                        List<BundleCertificate> certificates, List<BundleExchangeRate> exchangeRates) {
        this(generatedAt, generatedBy, accounts, entries, balances, certificates, exchangeRates, List.of(), null);
    }

    /** A bundle with checkpoints but no money records. */
    public LedgerBundle(Instant generatedAt, String generatedBy, List<BundleAccount> accounts,
                        List<JournalEntryRecord> entries, List<BundleBalance> balances,
                        List<BundleCertificate> certificates, List<BundleExchangeRate> exchangeRates,
                        BundleCheckpoints checkpoints) {
        this(generatedAt, generatedBy, accounts, entries, balances, certificates, exchangeRates, List.of(), checkpoints);
    }

    /** A bundle without allocation certificates or exchange rates. */
    public LedgerBundle(Instant generatedAt, String generatedBy, List<BundleAccount> accounts,
                        List<JournalEntryRecord> entries, List<BundleBalance> balances) {
        this(generatedAt, generatedBy, accounts, entries, balances, List.of(), List.of(), List.of(), null);
    }

    /** A bundle without exchange rates (none recorded yet, or a bundle of version 1 or 2). */
    public LedgerBundle(Instant generatedAt, String generatedBy, List<BundleAccount> accounts,
                        List<JournalEntryRecord> entries, List<BundleBalance> balances,
                        List<BundleCertificate> certificates) {
        this(generatedAt, generatedBy, accounts, entries, balances, certificates, List.of(), List.of(), null);
    }

    public LedgerBundle {
        generatedAt = Objects.requireNonNull(generatedAt, "generatedAt").truncatedTo(ChronoUnit.MICROS);
        Objects.requireNonNull(generatedBy, "generatedBy");
        accounts = List.copyOf(accounts);
        entries = List.copyOf(entries);
        balances = List.copyOf(balances);
        certificates = certificates.stream().sorted(Comparator.comparingLong(BundleCertificate::roundId)).toList();
        exchangeRates = exchangeRates.stream().sorted(Comparator.comparingLong(BundleExchangeRate::id)).toList();
        if (checkpoints == null && !moneyRecords.isEmpty()) {
            throw new IllegalArgumentException("money records travel only in a bundle of version 4, with checkpoints");
        }
        moneyRecords = moneyRecords.stream().sorted(Comparator.comparingLong(BundleMoneyRecord::sequence)
                .thenComparingInt(BundleMoneyRecord::debitLine)).toList();
    }
}
