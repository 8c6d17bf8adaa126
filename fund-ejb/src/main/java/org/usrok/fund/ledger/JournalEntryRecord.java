package org.usrok.fund.ledger;

import org.usrok.fund.shared.CurrencyCode;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A posted journal entry as the chain sees it: its place in the chain ({@code sequence}, from 1),
 * the business event that posted it (the idempotency key), its dates, reference, actor,
 * description, the entry it reverses (if any), its lines, and the hashes that chain it to the
 * previous entry. Pure data: the offline verifier reads these from an export bundle.
 */
public record JournalEntryRecord(long sequence, String eventId, LocalDate effectiveDate, Instant recordedAt,
                                 String reference, String actor, String description, Long reverses,
                                 List<JournalLine> lines, String previousHash, String hash) implements Serializable {

    private static final CurrencyCode[] CURRENCIES = CurrencyCode.values();

    public JournalEntryRecord {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(effectiveDate, "effectiveDate");
        Objects.requireNonNull(recordedAt, "recordedAt");
        reference = reference == null ? "" : reference;
        actor = Objects.requireNonNull(actor, "actor");
        description = description == null ? "" : description;
        lines = List.copyOf(lines);
        recordedAt = recordedAt.truncatedTo(ChronoUnit.MICROS);
    }

    /** This entry with its previous hash and the hash computed over it: how an entry joins the chain. */
    public JournalEntryRecord chainedAfter(String previous) {
        JournalEntryRecord linked = new JournalEntryRecord(sequence, eventId, effectiveDate, recordedAt, reference,
                actor, description, reverses, lines, previous, null);
        return new JournalEntryRecord(sequence, eventId, effectiveDate, recordedAt, reference, actor, description,
                reverses, lines, previous, ChainHash.of(previous, CanonicalForm.of(linked)));
    }

    /**
     * Why this entry does not balance, or empty when it does: it needs at least two lines, and in
     * each currency the debits equal the credits (USD and KRW are never added together).
     */
    public Optional<String> imbalance() {
        return imbalance(lines);
    }

    public static Optional<String> imbalance(List<JournalLine> lines) {
        if (lines.size() < 2) {
            return Optional.of("an entry has at least two lines");
        }
        // a plain array by currency rather than a map and a stream: the verifier checks every entry (B3)
        long[] net = new long[CURRENCIES.length];
        for (int i = 0; i < lines.size(); i++) {
            JournalLine line = lines.get(i);
            int currency = line.amount().currency().ordinal();
            net[currency] = Math.addExact(net[currency], line.signedMinorUnits());
        }
        for (CurrencyCode currency : CURRENCIES) {
            if (net[currency.ordinal()] != 0) {
                return Optional.of(currency + " debits and credits differ by " + Math.abs(net[currency.ordinal()])
                        + " minor units");
            }
        }
        return Optional.empty();
    }
}
