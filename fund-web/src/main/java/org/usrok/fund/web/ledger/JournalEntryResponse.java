package org.usrok.fund.web.ledger;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.usrok.fund.ledger.JournalEntryRecord;
import org.usrok.fund.ledger.JournalLine;
import org.usrok.fund.web.api.MoneyResponse;

/** A journal entry with its lines and its place in the hash chain. Amounts are money objects. */
public record JournalEntryResponse(long sequence, String eventId, LocalDate effectiveDate, Instant recordedAt,
                                   String reference, String actor, String description, Long reverses,
                                   List<Line> lines, String previousHash, String hash) implements Serializable {

    /**
     * One line: account, side ({@code DEBIT} or {@code CREDIT}; the bundle and the canonical form
     * write {@code D} and {@code C}) and amount.
     */
    public record Line(String account, String side, MoneyResponse amount) implements Serializable {
        static Line of(JournalLine l) {
            return new Line(l.account(), l.side().name(), MoneyResponse.of(l.amount()));
        }
    }

    static JournalEntryResponse of(JournalEntryRecord e) {
        return new JournalEntryResponse(e.sequence(), e.eventId(), e.effectiveDate(), e.recordedAt(), e.reference(),
                e.actor(), e.description(), e.reverses(), e.lines().stream().map(Line::of).toList(), e.previousHash(),
                e.hash());
    }
}
