package org.usrok.fund.ledger.checkpoint;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * The fund's checkpoint key in a PKCS12 keystore file, created on first use. A PKCS12 key entry
 * needs a certificate, and the JDK has no public API to make one, so a minimal self-signed X.509
 * v1 certificate (subject and issuer {@code CN=fund-ledger-checkpoint}, no expiry:
 * {@code 99991231235959Z}) is DER-encoded here and signed with the new key itself. It only
 * carries the public key; nobody is asked to trust it as a certificate. {@code keytool -list}
 * shows the entry under the alias {@value #ALIAS}.
 */
public final class CheckpointKeyStore {

    public static final String ALIAS = "fund-checkpoint";
    private static final byte[] ED25519_OID = {0x06, 0x03, 0x2B, 0x65, 0x70};
    private static final byte[] COMMON_NAME_OID = {0x06, 0x03, 0x55, 0x04, 0x03};

    private CheckpointKeyStore() {
    }

    /** The key pair, and whether it was created by this call. */
    public record Loaded(KeyPair keys, boolean created) implements Serializable {
    }

    /** Loads the key from {@code file}, or creates a new key and the file (owner-only where the file system allows) when it does not exist. */
    public static Loaded loadOrCreate(Path file, char[] password) throws IOException, GeneralSecurityException {
        if (Files.exists(file)) {
            return new Loaded(load(file, password), false);
        }
        KeyPair keys = KeyPairGenerator.getInstance(CheckpointSigning.ALGORITHM).generateKeyPair();
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry(ALIAS, keys.getPrivate(), password, new Certificate[] {selfSigned(keys, Instant.now())});
        Path directory = file.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        Path temporary = Files.createTempFile(directory, "fund-checkpoint", ".tmp");
        try {
            ownerOnly(temporary);
            try (OutputStream out = Files.newOutputStream(temporary)) {
                store.store(out, password);
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
        return new Loaded(keys, true);
    }

    private static KeyPair load(Path file, char[] password) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, password);
        }
        if (!(store.getKey(ALIAS, password) instanceof PrivateKey key) || store.getCertificate(ALIAS) == null) {
            throw new GeneralSecurityException(file + " holds no key entry '" + ALIAS + "'");
        }
        return new KeyPair(store.getCertificate(ALIAS).getPublicKey(), key);
    }

    private static void ownerOnly(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    /** A self-signed X.509 v1 certificate for the key pair, valid from {@code now} without end. */
    static Certificate selfSigned(KeyPair keys, Instant now) throws GeneralSecurityException {
        byte[] algorithm = tlv(0x30, ED25519_OID);
        byte[] name = tlv(0x30, tlv(0x31, tlv(0x30, concat(COMMON_NAME_OID,
                tlv(0x0C, "fund-ledger-checkpoint".getBytes(StandardCharsets.UTF_8))))));
        String notBefore = DateTimeFormatter.ofPattern("yyMMddHHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC)
                .format(now.truncatedTo(ChronoUnit.SECONDS));
        byte[] validity = tlv(0x30, concat(tlv(0x17, notBefore.getBytes(StandardCharsets.US_ASCII)),
                tlv(0x18, "99991231235959Z".getBytes(StandardCharsets.US_ASCII))));
        byte[] serial = tlv(0x02, new BigInteger(63, new SecureRandom()).add(BigInteger.ONE).toByteArray());
        byte[] tbs = tlv(0x30, concat(serial, algorithm, name, validity, name, keys.getPublic().getEncoded()));
        Signature signer = Signature.getInstance(CheckpointSigning.ALGORITHM);
        signer.initSign(keys.getPrivate());
        signer.update(tbs);
        byte[] signature = concat(new byte[] {0}, signer.sign());
        byte[] der = tlv(0x30, concat(tbs, algorithm, tlv(0x03, signature)));
        return CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
    }

    private static byte[] tlv(int tag, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 4);
        out.write(tag);
        int length = content.length;
        if (length < 0x80) {
            out.write(length);
        } else if (length < 0x100) {
            out.write(0x81);
            out.write(length);
        } else {
            out.write(0x82);
            out.write(length >> 8);
            out.write(length & 0xFF);
        }
        out.writeBytes(content);
        return out.toByteArray();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
