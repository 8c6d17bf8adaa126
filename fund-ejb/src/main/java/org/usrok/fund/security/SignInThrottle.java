package org.usrok.fund.security;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import org.usrok.fund.shared.Clock;
import org.usrok.fund.shared.CountryCode;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * Slows password guessing, for the whole cluster: after {@value #MAX_FAILURES} failed sign-ins in
 * a row, a username is refused until {@link #LOCK} after its last failure, without its password
 * even being checked, in the portal and the API alike. A success clears the count. Unknown
 * usernames count like known ones, so the throttle tells nobody which names exist.
 *
 * <p>Why in the database: several nodes serve one fund, and a count kept per node would give a
 * guesser five tries per node. The count is table {@code sign_in_failure} (migration V23), one row
 * per username with a failure. Each failure is a single {@code UPDATE ... SET failures = failures
 * + 1} (never read, add, write back), so failures arriving on different nodes at once are all
 * counted. The first failure of a username inserts its row; when two nodes insert it at once the
 * primary key refuses one, in a transaction of its own ({@link #firstFailure}), which then
 * increments the other's row. A failure after the lock has run out starts again at one.
 *
 * <p>Cheap, because it is on every sign-in and every API call: {@link #standing} is one select by
 * primary key that also answers the account's version for the credential cache of the web layer,
 * in no transaction; a sign-in writes only when it fails, or succeeds after failures. An hourly
 * timer deletes the rows whose lock has run out.
 */
@Stateless
@PermitAll
public class SignInThrottle {

    /** Failed sign-ins in a row after which a username is refused. */
    public static final int MAX_FAILURES = 5;
    /** How long after its last failure a refused username stays refused. */
    public static final Duration LOCK = Duration.ofMinutes(15);
    /** The longest username an account may have ({@code user_account.username}). */
    static final int MAX_USERNAME_LENGTH = 64;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    /**
     * Where a username stands at {@code now}.
     *
     * @param recentFailures failed sign-ins in a row within {@link #LOCK} of the last one
     * @param accountVersion the version of the enabled account with this name, which changes with
     *                       every change of the account (password, enabled, roles); null when no
     *                       enabled account has the name
     * @param country        that account's country (null for an administrator or auditor, or no account)
     * @param companyId      the company that account is bound to (null for government users, or no account)
     */
    public record Standing(int recentFailures, Long accountVersion, CountryCode country, Long companyId)
            implements Serializable {

        /** Refused without checking the password. */
        public boolean locked() {
            return recentFailures >= MAX_FAILURES;
        }
    }

    /**
     * The username's recent failures and its enabled account's version, country and company, in
     * one statement: the account's columns are those {@link CurrentActor} needs, so a request that
     * signs in with them does not read the account a second time ({@link SignedInAccount}).
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Standing standing(String username, Instant now) {
        Object[] row = (Object[]) em.createNativeQuery("select f.failures, u.version, u.country, u.company_id"
                        + " from (select 1 as one) r"
                        + " left join sign_in_failure f on f.username = ?1 and f.last_failure_at > ?2"
                        + " left join user_account u on u.username = ?1 and u.enabled = true")
                .setParameter(1, username)
                .setParameter(2, now.minus(LOCK))
                .getSingleResult();
        return new Standing(row[0] == null ? 0 : ((Number) row[0]).intValue(),
                row[1] == null ? null : ((Number) row[1]).longValue(),
                row[2] == null ? null : CountryCode.valueOf(row[2].toString().strip()),
                row[3] == null ? null : ((Number) row[3]).longValue());
    }

    /**
     * Counts a failed sign-in of the username at {@code now}. A name longer than any account's
     * ({@value #MAX_USERNAME_LENGTH} characters) is not counted: it protects no account, and
     * would not fit the table.
     */
    public void failed(String username, Instant now) {
        if (username.length() > MAX_USERNAME_LENGTH) {
            return;
        }
        if (increment(username, now) == 0
                && !context.getBusinessObject(SignInThrottle.class).firstFailure(username, now)) {
            increment(username, now);
        }
    }

    /**
     * Inserts the username's first failure, in a transaction of its own: when another request
     * inserted it first, the primary key refuses this one, which rolls back alone and answers false
     * (the caller then increments that row). Only for {@link #failed}.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean firstFailure(String username, Instant now) {
        try {
            em.createNativeQuery("insert into sign_in_failure (username, failures, last_failure_at) values (?1, 1, ?2)")
                    .setParameter(1, username)
                    .setParameter(2, now)
                    .executeUpdate();
            return true;
        } catch (PersistenceException e) {
            context.setRollbackOnly();
            return false;
        }
    }

    /** Clears the username's failures after a successful sign-in. */
    public void succeeded(String username) {
        em.createNativeQuery("delete from sign_in_failure where username = ?1")
                .setParameter(1, username)
                .executeUpdate();
    }

    /** Deletes the rows whose lock has run out (the next failure would start at one anyway). */
    @Schedule(hour = "*", minute = "40")
    void forgetExpiredFailures() {
        em.createNativeQuery("delete from sign_in_failure where last_failure_at <= ?1")
                .setParameter(1, Clock.now().minus(LOCK))
                .executeUpdate();
    }

    private int increment(String username, Instant now) {
        return em.createNativeQuery("update sign_in_failure"
                        + " set failures = case when last_failure_at > ?2 then failures + 1 else 1 end,"
                        + " last_failure_at = ?3 where username = ?1")
                .setParameter(1, username)
                .setParameter(2, now.minus(LOCK))
                .setParameter(3, now)
                .executeUpdate();
    }
}
