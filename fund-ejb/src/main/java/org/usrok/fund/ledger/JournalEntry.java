package org.usrok.fund.ledger;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A posted journal entry: balanced, hash-chained to the entry before it, and never changed once
 * written. The entity is {@link Immutable} (Hibernate issues no UPDATE for it) and has no
 * setters; a correction is a new, reversing entry.
 */
@Entity
@Immutable
@Table(name = "journal_entry")
public class JournalEntry {

    @Id
    private Long sequence;

    @Column(name = "event_id", nullable = false, updatable = false, length = 200)
    private String eventId;

    @Column(name = "effective_date", nullable = false, updatable = false)
    private LocalDate effectiveDate;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(nullable = false, updatable = false, length = 200)
    private String reference;

    @Column(nullable = false, updatable = false, length = 64)
    private String actor;

    @Column(nullable = false, updatable = false, length = 1000)
    private String description;

    @Column(updatable = false)
    private Long reverses;

    @Column(name = "previous_hash", nullable = false, updatable = false, length = 64)
    private String previousHash;

    @Column(nullable = false, updatable = false, length = 64)
    private String hash;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "journal_line", joinColumns = @JoinColumn(name = "entry_sequence"))
    @OrderColumn(name = "line_no")
    private List<PostedLine> lines = new ArrayList<>();

    protected JournalEntry() {
    }

    /** Writes a chained record as an entry; the record's hash must already be computed. */
    static JournalEntry of(JournalEntryRecord record) {
        JournalEntry entry = new JournalEntry();
        entry.sequence = record.sequence();
        entry.eventId = record.eventId();
        entry.effectiveDate = record.effectiveDate();
        entry.recordedAt = record.recordedAt();
        entry.reference = record.reference();
        entry.actor = record.actor();
        entry.description = record.description();
        entry.reverses = record.reverses();
        entry.previousHash = record.previousHash();
        entry.hash = record.hash();
        record.lines().forEach(line -> entry.lines.add(new PostedLine(line)));
        return entry;
    }

    public JournalEntryRecord toRecord() {
        return new JournalEntryRecord(sequence, eventId, effectiveDate, recordedAt, reference, actor, description,
                reverses, lines.stream().map(PostedLine::toLine).toList(), previousHash, hash);
    }

    public Long getSequence() {
        return sequence;
    }

    public String getEventId() {
        return eventId;
    }
}
