package org.usrok.fund.shared;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;

/**
 * The optimistic-locking rule as every service applies it: a change is based on the version the
 * actor saw, and a write that lost the race to another change is refused; both refusals are a
 * {@link ConcurrentChangeException} naming the entity.
 */
public final class OptimisticLocking {

    private OptimisticLocking() {
    }

    /** Refuses the change when the actor saw another version than the stored one; without an expected version, nothing is checked. */
    public static void requireVersion(String entity, Object id, long version, Long expectedVersion) {
        if (expectedVersion != null && expectedVersion != version) {
            throw new ConcurrentChangeException(entity, id);
        }
    }

    /** Writes the pending changes now, so that a concurrent change is refused here rather than at commit. */
    public static void flush(EntityManager em, String entity, Object id) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChangeException(entity, id);
        }
    }
}
