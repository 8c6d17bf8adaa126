package org.usrok.fund.ledger.checkpoint;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.logging.Logger;

/**
 * Holds the fund's checkpoint key, loaded once at startup from the PKCS12 keystore
 * {@code fund.checkpoint.keystore} (default {@code ${jboss.server.data.dir}/fund-checkpoint.p12})
 * and created there on first start. The keystore password is the system property
 * {@code fund.checkpoint.keystore.password}, else the environment variable
 * {@code FUND_CHECKPOINT_KEYSTORE_PASSWORD} (the path likewise {@code FUND_CHECKPOINT_KEYSTORE});
 * without either the demo uses a random password generated once into
 * {@code <keystore>.password} beside the keystore, readable by the server's user only. A keystore
 * that cannot be read stops the deployment: the fund does not run without the key its
 * checkpoints are checked with.
 */
@Singleton
@Startup
@PermitAll
public class CheckpointKeys {

    static final String KEYSTORE_PROPERTY = "fund.checkpoint.keystore";
    static final String PASSWORD_PROPERTY = "fund.checkpoint.keystore.password";
    static final String KEYSTORE_ENV = "FUND_CHECKPOINT_KEYSTORE";
    static final String PASSWORD_ENV = "FUND_CHECKPOINT_KEYSTORE_PASSWORD";
    private static final Logger LOG = Logger.getLogger(CheckpointKeys.class.getName());

    private KeyPair keys;
    private CheckpointPublicKey published;

    @PostConstruct
    void load() {
        Path file = keystoreFile();
        try {
            CheckpointKeyStore.Loaded loaded = CheckpointKeyStore.loadOrCreate(file, password(file));
            keys = loaded.keys();
            published = publish(keys);
            if (loaded.created()) {
                LOG.info(() -> "Ledger checkpoints: created the fund's Ed25519 checkpoint key in " + file
                        + ", key id " + published.keyId() + "; publish it (GET /fund/api/ledger/checkpoints/public-key)");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the checkpoint keystore " + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot open the checkpoint keystore " + file
                    + " (wrong " + PASSWORD_PROPERTY + "?)", e);
        }
    }

    static Path keystoreFile() {
        String configured = System.getProperty(KEYSTORE_PROPERTY, System.getenv(KEYSTORE_ENV));
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return Path.of(System.getProperty("jboss.server.data.dir", "."), "fund-checkpoint.p12");
    }

    private static char[] password(Path keystore) throws IOException {
        String configured = System.getProperty(PASSWORD_PROPERTY, System.getenv(PASSWORD_ENV));
        if (configured != null && !configured.isEmpty()) {
            return configured.toCharArray();
        }
        Path file = keystore.resolveSibling(keystore.getFileName() + ".password");
        if (Files.exists(file)) {
            return Files.readString(file, StandardCharsets.US_ASCII).strip().toCharArray();
        }
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, generated + "\n", StandardCharsets.US_ASCII, StandardOpenOption.CREATE_NEW);
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
        LOG.warning(() -> "Ledger checkpoints: no " + PASSWORD_PROPERTY + " set; generated a keystore password into "
                + file + " (fine for the demo; set the property in production)");
        return generated.toCharArray();
    }

    private static CheckpointPublicKey publish(KeyPair keys) {
        String base64 = CheckpointSigning.publicKeyBase64(keys.getPublic());
        StringBuilder pem = new StringBuilder("-----BEGIN PUBLIC KEY-----\n");
        for (int i = 0; i < base64.length(); i += 64) {
            pem.append(base64, i, Math.min(base64.length(), i + 64)).append('\n');
        }
        pem.append("-----END PUBLIC KEY-----\n");
        return new CheckpointPublicKey(CheckpointSigning.ALGORITHM, CheckpointSigning.keyId(keys.getPublic()), base64,
                pem.toString());
    }

    @Lock(LockType.READ)
    public CheckpointPublicKey published() {
        return published;
    }

    @Lock(LockType.READ)
    public PublicKey publicKey() {
        return keys.getPublic();
    }

    /** Signs a checkpoint's canonical text with the fund's key; the private key never leaves this bean. */
    @Lock(LockType.READ)
    public String sign(CheckpointText text) {
        return CheckpointSigning.sign(keys.getPrivate(), text);
    }
}
