package org.usrok.fund.web.ledger;

import org.usrok.fund.ledger.JournalEntryRecord;
import org.usrok.fund.ledger.JournalLine;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A journal entry with its lines and its place in the hash chain. Amounts are decimal strings. */
public record JournalEntryResponse(long sequence, String eventId, LocalDate effectiveDate, Instant recordedAt,
                                   String reference, String actor, String description, Long reverses,
                                   List<Line> lines, String previousHash, String hash) {

    /** One line: account, side (DEBIT or CREDIT), currency and amount. */
    public record Line(String account, String side, String currency, String amount) {
        static Line of(JournalLine l) {
            return new Line(l.account(), l.side().name(), l.amount().currency().name(),
                    l.amount().amount().toPlainString());
        }
    }

    static JournalEntryResponse of(JournalEntryRecord e) {
        return new JournalEntryResponse(e.sequence(), e.eventId(), e.effectiveDate(), e.recordedAt(), e.reference(),
                e.actor(), e.description(), e.reverses(), e.lines().stream().map(Line::of).toList(), e.previousHash(),
                e.hash());
    }
}
