package org.usrok.fund.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The single row naming the last entry of the chain. Posting locks it (SELECT ... FOR UPDATE),
 * which serialises all posters on H2 and PostgreSQL alike: sequences have no gaps and the chain
 * never forks.
 */
@Entity
@Table(name = "ledger_chain_head")
public class ChainHead {

    static final int ID = 1;

    @Id
    private Integer id;

    @Column(name = "last_sequence", nullable = false)
    private long lastSequence;

    @Column(name = "last_hash", nullable = false, length = 64)
    private String lastHash;

    protected ChainHead() {
    }

    long lastSequence() {
        return lastSequence;
    }

    long nextSequence() {
        return lastSequence + 1;
    }

    String lastHash() {
        return lastHash;
    }

    void advanceTo(JournalEntryRecord entry) {
        if (entry.sequence() != lastSequence + 1 || !entry.previousHash().equals(lastHash)) {
            throw new IllegalStateException("Entry " + entry.sequence() + " does not follow the chain head "
                    + lastSequence);
        }
        lastSequence = entry.sequence();
        lastHash = entry.hash();
    }
}
