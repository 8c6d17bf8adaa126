package org.usrok.fund.web.security;

import jakarta.enterprise.context.ApplicationScoped;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Remembers, for a short time, that a username and password pair was verified, so an API client
 * sending HTTP Basic on every request does not cost a PBKDF2 hash (hundreds of milliseconds) per
 * request. Only an HMAC of the password under a key that lives in memory is kept.
 *
 * <p>Each node has its own cache, so a change of the account made on another node must still end
 * its entries at once: an entry remembers the version of the account ({@code user_account.version},
 * which JPA increments with every change of the account: password, enabled, roles) as read
 * <em>before</em> the password was checked, and answers only while the account's current version,
 * which the caller reads on every request ({@code SignInThrottle.standing}, the same select as the
 * sign-in throttle), is the same. A changed password, a disabled account or changed roles thus take
 * effect on the next request on every node; a disabled or deleted account has no version and
 * matches no entry. An entry lives at most {@link #TTL} (10 minutes): since the version check ends
 * it at any change, the lifetime only bounds how long a password stays remembered, and a longer
 * one spares each busy client a PBKDF2 hash a minute (B1, docs/performance.md).
 */
@ApplicationScoped
public class VerifiedCredentialCache {

    static final Duration TTL = Duration.ofMinutes(10);
    static final int MAX_ENTRIES = 10_000;

    private final byte[] key = new byte[32];
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Lock[] verifying = new Lock[64];

    /** A verified caller: name and groups (roles). */
    public record Verified(String caller, Set<String> groups) implements Serializable {
    }

    private record Entry(byte[] mac, Verified verified, long accountVersion, long expiresAtNanos) implements Serializable {
    }

    public VerifiedCredentialCache() {
        new SecureRandom().nextBytes(key);
        for (int i = 0; i < verifying.length; i++) {
            verifying[i] = new ReentrantLock();
        }
    }

    /**
     * The lock to hold while verifying a username's password against the identity store and
     * remembering it. An API client's concurrent requests all miss when its entry expires (or on
     * its first requests); holding this, only the first hashes and the others find its entry
     * (look up again under the lock) instead of each costing a PBKDF2 hash (issue 16). One lock
     * per stripe of usernames, so the locks stay few whatever names are tried.
     */
    public Lock verificationLock(String username) {
        return verifying[Math.floorMod(username.hashCode(), verifying.length)];
    }

    /**
     * The verified caller for this pair, if it was verified within {@link #TTL} while the account
     * had {@code accountVersion}, the version it has now (null: no enabled account, no answer).
     */
    public Optional<Verified> lookup(String username, String password, Long accountVersion) {
        Entry entry = entries.get(username);
        if (entry == null) {
            return Optional.empty();
        }
        if (System.nanoTime() - entry.expiresAtNanos() > 0 || accountVersion == null
                || entry.accountVersion() != accountVersion) {
            entries.remove(username, entry);
            return Optional.empty();
        }
        return MessageDigest.isEqual(entry.mac(), mac(username, password))
                ? Optional.of(entry.verified()) : Optional.empty();
    }

    /** Remembers a pair verified while the account had {@code accountVersion}. */
    public void remember(String username, String password, Verified verified, long accountVersion) {
        if (entries.size() >= MAX_ENTRIES) {
            long now = System.nanoTime();
            entries.values().removeIf(e -> now - e.expiresAtNanos() > 0);
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
        }
        entries.put(username, new Entry(mac(username, password), verified, accountVersion,
                System.nanoTime() + TTL.toNanos()));
    }

    private byte[] mac(String username, String password) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(key, "HmacSHA256"));
            hmac.update(username.getBytes(StandardCharsets.UTF_8));
            hmac.update((byte) 0);
            return hmac.doFinal(password.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required by every Java platform", e);
        }
    }
}
