package org.usrok.fund.web.security;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing: after {@value #MAX_FAILURES} failed sign-ins in a row, a username is
 * refused for {@link #LOCK} without its password even being checked, in the portal and the API
 * alike. A success clears the count. The count lives in this server's memory (per node).
 */
@ApplicationScoped
public class SignInThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration LOCK = Duration.ofMinutes(15);
    private static final int MAX_TRACKED = 100_000;

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    private record Failures(int count, long lastNanos) {
    }

    public boolean isLocked(String username) {
        Failures f = failures.get(username);
        if (f == null) {
            return false;
        }
        if (System.nanoTime() - f.lastNanos() > LOCK.toNanos()) {
            failures.remove(username, f);
            return false;
        }
        return f.count() >= MAX_FAILURES;
    }

    public void failed(String username) {
        if (failures.size() >= MAX_TRACKED) {
            long now = System.nanoTime();
            failures.values().removeIf(f -> now - f.lastNanos() > LOCK.toNanos());
        }
        failures.merge(username, new Failures(1, System.nanoTime()),
                (old, one) -> new Failures(old.count() + 1, one.lastNanos()));
    }

    public void succeeded(String username) {
        failures.remove(username);
    }
}
