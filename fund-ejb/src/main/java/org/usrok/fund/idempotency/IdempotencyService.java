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
 * Runs a creating operation at most once per (caller, key). The key row is inserted and flushed
 * <em>before</em> the operation, in the same transaction: a concurrent duplicate blocks on (or
 * collides with) the unique index, rolls back with {@link IdempotentReplayException} and then
 * reads the winner's stored response. A failed operation rolls back its key too, so the client
 * may retry it.
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
        return find(key).map(r -> {
            if (!r.getRequestFingerprint().equals(fingerprint)) {
                throw new IdempotencyKeyReusedException(key);
            }
            return r.response();
        });
    }

    /**
     * Claims the key and runs {@code operation} in one new transaction, storing its response.
     *
     * @throws IdempotentReplayException when a concurrent request with the same key won
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
