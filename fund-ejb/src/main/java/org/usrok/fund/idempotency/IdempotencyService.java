package org.usrok.fund.idempotency;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import org.usrok.fund.shared.Clock;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs a creating operation at most once per (caller, key), in one transaction per request: it
 * inserts and flushes the key row <em>before</em> the operation, so the key's unique index decides
 * which request runs it. Any other request with that key (a retry after the first completed, or a
 * concurrent duplicate that blocks on the index until the first commits) collides, rolls back with
 * {@link IdempotentReplayException} and then reads the stored response in a transaction of its
 * own ({@link #replay}): the same body gets it again, a different body is refused. A failed
 * operation rolls back its key too, so the client may retry it. (The key is not read before the
 * insert: a request with a new key, by far the most frequent, costs one statement less, and a
 * retry takes the path a concurrent duplicate always took; issue 16, docs/performance.md.)
 */
@Stateless
@PermitAll
public class IdempotencyService {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    /** The stored response for this caller's key, if a request with it completed. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<StoredResponse> replay(String key, String fingerprint) {
        return find(key).map(r -> storedResponse(r, key, fingerprint));
    }

    /**
     * Claims the key for this caller and runs {@code operation} in the same new transaction,
     * storing its response. When the key is taken (a completed or a concurrent request), nothing
     * runs: the caller then reads the stored response with {@link #replay}.
     *
     * @throws IdempotentReplayException when a request with the same caller and key exists or is
     *         under way
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public StoredResponse executeOnce(String key, String fingerprint, Supplier<StoredResponse> operation) {
        var record = new IdempotencyRecord(caller(), key, fingerprint, Clock.now());
        em.persist(record);
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw new IdempotentReplayException();
        }
        StoredResponse response = operation.get();
        record.complete(response);
        return response;
    }

    private static StoredResponse storedResponse(IdempotencyRecord record, String key, String fingerprint) {
        if (!record.getRequestFingerprint().equals(fingerprint)) {
            throw new IdempotencyKeyReusedException(key);
        }
        return record.response();
    }

    private Optional<IdempotencyRecord> find(String key) {
        return em.createQuery("select r from IdempotencyRecord r where r.caller = :caller and r.key = :key",
                        IdempotencyRecord.class)
                .setParameter("caller", caller()).setParameter("key", key)
                .getResultStream().findFirst();
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
