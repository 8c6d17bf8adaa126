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

import java.io.Serializable;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs a creating operation at most once per (caller, key), in one transaction per request: it
 * reads the key first (a completed request's response is replayed, a different body refused),
 * otherwise inserts and flushes the key row <em>before</em> the operation. A concurrent duplicate
 * blocks on (or collides with) the unique index, rolls back with {@link IdempotentReplayException}
 * and then reads the winner's stored response. A failed operation rolls back its key too, so the
 * client may retry it. (Reading the key in the operation's own transaction, rather than in one
 * of its own before it, saves a transaction per request: issue 16, docs/performance.md.)
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

    /** What {@link #executeOnce} answered: the stored response, and whether it is a replay of an earlier request. */
    public record Outcome(StoredResponse response, boolean replayed) implements Serializable {
    }

    /**
     * Replays the response of this caller's completed request with the key, or claims the key and
     * runs {@code operation} in the same new transaction, storing its response.
     *
     * @throws IdempotencyKeyReusedException when the key was used with another request body
     * @throws IdempotentReplayException when a concurrent request with the same key won
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Outcome executeOnce(String key, String fingerprint, Supplier<StoredResponse> operation) {
        Optional<StoredResponse> earlier = find(key).map(r -> storedResponse(r, key, fingerprint));
        if (earlier.isPresent()) {
            return new Outcome(earlier.get(), true);
        }
        var record = new IdempotencyRecord(caller(), key, fingerprint, Clock.now());
        em.persist(record);
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw new IdempotentReplayException();
        }
        StoredResponse response = operation.get();
        record.complete(response);
        return new Outcome(response, false);
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
