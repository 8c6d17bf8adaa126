package org.usrok.fund.web.ledger;

import org.usrok.fund.shared.Sha256;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Properties;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;

/**
 * The offline verifier's jar ({@code fund-ledger-verifier}), which the build copies into the war
 * so the auditors download the verifier of exactly this server's version. Its version and commit
 * are read from the jar itself (the file {@code verifier.properties} its build wrote), never
 * assumed, and its SHA-256 is computed from the bytes served, so what the API and the portal
 * show is what the auditor gets. The jar is a few hundred kilobytes and read once.
 */
@ApplicationScoped
public class VerifierJar {

    static final String RESOURCE = "/verifier/fund-ledger-verifier.jar";
    static final String MEDIA_TYPE = "application/java-archive";
    private static final String PROPERTIES = "org/usrok/fund/ledger/verifier/verifier.properties";

    /** The jar's bytes and what they say about themselves. */
    public record Jar(byte[] bytes, String version, String commit, String sha256) implements Serializable {

        /** The name it downloads under: {@code fund-ledger-verifier-<version>.jar}. */
        public String fileName() {
            return "fund-ledger-verifier-" + version + ".jar";
        }

        public long size() {
            return bytes.length;
        }
    }

    private volatile Optional<Jar> jar;

    /** The jar, or empty when the war was built without it (a build that stopped before packaging). */
    public Optional<Jar> find() {
        Optional<Jar> loaded = jar;
        if (loaded == null) {
            loaded = Optional.ofNullable(load());
            jar = loaded;
        }
        return loaded;
    }

    /** The jar, for the API: without one the answer is 404 {@code not-found}. */
    public Jar get() {
        return find().orElseThrow(() -> new NotFoundException("This server was built without the verifier's jar"));
    }

    private static Jar load() {
        byte[] bytes;
        try (InputStream in = VerifierJar.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return null;
            }
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The verifier's jar in the war cannot be read", e);
        }
        Properties properties = new Properties();
        try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(bytes))) {
            for (JarEntry entry = in.getNextJarEntry(); entry != null; entry = in.getNextJarEntry()) {
                if (entry.getName().equals(PROPERTIES)) {
                    properties.load(in);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The verifier's jar in the war is not a jar", e);
        }
        return new Jar(bytes, properties.getProperty("version", "unknown"), properties.getProperty("commit", "unknown"),
                Sha256.hex(bytes));
    }
}
