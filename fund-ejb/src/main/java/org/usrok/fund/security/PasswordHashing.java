package org.usrok.fund.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import java.util.Map;

/**
 * Hashes passwords with PBKDF2 in the format the Jakarta Security database identity store reads
 * ({@code algorithm:iterations:salt:hash}). Parameters follow OWASP's guidance for
 * PBKDF2-HMAC-SHA256; the web layer's identity store uses the same values.
 */
@ApplicationScoped
public class PasswordHashing {

    public static final String ALGORITHM = "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA256";
    public static final String ITERATIONS = "Pbkdf2PasswordHash.Iterations=310000";
    public static final String SALT_BYTES = "Pbkdf2PasswordHash.SaltSizeBytes=32";
    public static final String KEY_BYTES = "Pbkdf2PasswordHash.KeySizeBytes=32";

    @Inject
    Pbkdf2PasswordHash hash;

    @PostConstruct
    void configure() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", value(ALGORITHM),
                "Pbkdf2PasswordHash.Iterations", value(ITERATIONS),
                "Pbkdf2PasswordHash.SaltSizeBytes", value(SALT_BYTES),
                "Pbkdf2PasswordHash.KeySizeBytes", value(KEY_BYTES)));
    }

    private static String value(String parameter) {
        return parameter.substring(parameter.indexOf('=') + 1);
    }

    public String hash(char[] password) {
        return hash.generate(password);
    }
}
