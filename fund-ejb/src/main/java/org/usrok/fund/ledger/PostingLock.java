package org.usrok.fund.ledger;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * The single row that posting locks (SELECT ... FOR UPDATE) before it reads the chain head, the
 * last journal entry: this serialises all posters on H2 and PostgreSQL alike, so sequences have
 * no gaps and the chain never forks. The row holds no data, so the runtime database user's
 * UPDATE privilege on it (which PostgreSQL requires for the lock) changes nothing that matters;
 * the head itself is append-only like the rest of the journal (docs/operations.md).
 */
@Entity
@Immutable
@Table(name = "ledger_posting_lock")
public class PostingLock {

    static final int ID = 1;

    @Id
    private Integer id;

    protected PostingLock() {
    }

    /**
     * Takes the lock for the rest of the caller's transaction: postings, and the countersigning
     * of checkpoints (whose tables the runtime user may only append to, so cannot lock), are
     * serialised by it.
     */
    public static void acquire(EntityManager em) {
        em.find(PostingLock.class, ID, LockModeType.PESSIMISTIC_WRITE);
    }
}
