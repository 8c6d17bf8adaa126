package org.usrok.fund.round;

import jakarta.persistence.EntityManager;
import org.usrok.fund.shared.EntityNotFoundException;

import java.util.List;

/**
 * Serialises the decisions that must see each other on one round (contribution receipts against
 * the pledge, allocation approvals): takes the round's row lock with a plain
 * {@code SELECT ... FOR UPDATE}, then reads the round as it now is. Hibernate's own pessimistic
 * lock on PostgreSQL is a second select that also checks the version the first one read, so a
 * waiter would fail with an optimistic-lock error once the holder changed the round, instead of
 * seeing that change.
 */
public final class RoundRowLock {

    private RoundRowLock() {
    }

    /** Locks the round's row until the transaction ends and returns the round, refreshed. */
    public static FundingRound lock(EntityManager em, long roundId) {
        List<?> locked = em.createNativeQuery("select id from funding_round where id = ?1 for update")
                .setParameter(1, roundId).getResultList();
        if (locked.isEmpty()) {
            throw new EntityNotFoundException(FundingRound.ENTITY, roundId);
        }
        FundingRound round = em.find(FundingRound.class, roundId);
        em.refresh(round);
        return round;
    }
}
