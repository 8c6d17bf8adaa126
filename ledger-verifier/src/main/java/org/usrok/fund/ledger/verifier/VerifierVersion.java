package org.usrok.fund.ledger.verifier;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of the verifier and the commit it was built from, written into the jar by the build
 * ({@code verifier.properties}), so an auditor can tell which verifier checked a bundle and match it
 * with the server's ({@code GET /api/ledger/verifier}).
 */
public record VerifierVersion(String version, String commit) {

    static final String RESOURCE = "verifier.properties";
    static final String UNKNOWN = "unknown";

    /** The version of the classes running, or "unknown" where they were not built into the jar. */
    public static VerifierVersion current() {
        try (InputStream in = VerifierVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return new VerifierVersion(UNKNOWN, UNKNOWN);
            }
            Properties properties = new Properties();
            properties.load(in);
            return new VerifierVersion(known(properties.getProperty("version")), known(properties.getProperty("commit")));
        } catch (IOException e) {
            throw new UncheckedIOException("The verifier's own jar cannot be read", e);
        }
    }

    /** A value left unfiltered (built outside Maven) or empty is unknown. */
    private static String known(String value) {
        return value == null || value.isBlank() || value.startsWith("${") ? UNKNOWN : value.trim();
    }
}
