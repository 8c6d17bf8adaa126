package org.usrok.fund.ledger.checkpoint;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The canonical checkpoint text and its Ed25519 signature, byte for byte as docs/ledger.md's
 * worked example shows them (Ed25519 is deterministic, so a fixed key gives a fixed signature),
 * and the PKCS12 keystore the server keeps its key in.
 */
class CheckpointSigningTest {

    /** docs/ledger.md's example key: never a real fund key. */
    static final String EXAMPLE_PRIVATE = "MC4CAQAwBQYDK2VwBCIEICnrMRjo5njFLTvdgWsyEYoGOtdJ/d2cIhE8xqqpWlWK";
    static final String EXAMPLE_PUBLIC = "MCowBQYDK2VwAyEAbEw2SrMnIujnP0p9YqJXBHx51rP2psM0kPEp1t5egGE=";
    static final String EXAMPLE_KEY_ID = "5c84277f74b9016a6353670126010cf6b41701592f10f403116a54f3232d1d69";
    static final String EXAMPLE_SIGNATURE =
            "WDhZ21r/qNOpJrICdGOJmBshJg/YbNwTG5909VTOvy0iWz1OsGBzuYoBYR/6KUdMJP0vDwokdi3lrpzlRz/qCA==";
    static final String HEAD = "228af64d1140e34fb43eb23346054923efa092c2dd301ecd1650daec5040f085";

    static CheckpointText example() {
        return new CheckpointText(42, HEAD, Instant.parse("2026-12-06T23:59:00.123456Z"), CheckpointReason.EXPORT);
    }

    static PrivateKey examplePrivateKey() throws GeneralSecurityException {
        return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(
                Base64.getDecoder().decode(EXAMPLE_PRIVATE)));
    }

    @Test
    void canonicalTextIsTheDocumentedText() {
        assertThat(example().text()).isEqualTo("""
                fund-ledger-checkpoint v1
                sequence=42
                head=228af64d1140e34fb43eb23346054923efa092c2dd301ecd1650daec5040f085
                recordedAt=2026-12-06T23:59:00.123456Z
                reason=EXPORT
                """);
    }

    @Test
    void theTimeIsWrittenWithExactlySixFractionDigitsAndTruncatedToMicroseconds() {
        var whole = new CheckpointText(0, "0".repeat(64), Instant.parse("2026-12-07T00:00:00Z"), CheckpointReason.MANUAL);
        var nanos = new CheckpointText(1, HEAD, Instant.parse("2026-12-07T00:00:00.123456789Z"),
                CheckpointReason.SCHEDULED);
        assertThat(whole.text()).contains("recordedAt=2026-12-07T00:00:00.000000Z\n").endsWith("reason=MANUAL\n");
        assertThat(nanos.text()).contains("recordedAt=2026-12-07T00:00:00.123456Z\n");
        assertThat(nanos.recordedAt()).isEqualTo(Instant.parse("2026-12-07T00:00:00.123456Z"));
    }

    @Test
    void malformedHeadsAndSequencesAreRefused() {
        Instant at = Instant.now();
        assertThatIllegalArgumentException().isThrownBy(() -> new CheckpointText(1, HEAD.toUpperCase(), at,
                CheckpointReason.MANUAL));
        assertThatIllegalArgumentException().isThrownBy(() -> new CheckpointText(1, HEAD.substring(1), at,
                CheckpointReason.MANUAL));
        assertThatIllegalArgumentException().isThrownBy(() -> new CheckpointText(1, "g".repeat(64), at,
                CheckpointReason.MANUAL));
        assertThatIllegalArgumentException().isThrownBy(() -> new CheckpointText(-1, HEAD, at,
                CheckpointReason.MANUAL));
    }

    @Test
    void theExampleKeySignsTheExampleTextWithTheDocumentedSignature() throws GeneralSecurityException {
        PublicKey published = CheckpointSigning.publicKey(EXAMPLE_PUBLIC);

        assertThat(CheckpointSigning.sign(examplePrivateKey(), example())).isEqualTo(EXAMPLE_SIGNATURE);
        assertThat(CheckpointSigning.keyId(published)).isEqualTo(EXAMPLE_KEY_ID).isEqualTo(HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(Base64.getDecoder().decode(EXAMPLE_PUBLIC))));
        assertThat(CheckpointSigning.verify(published, example(), EXAMPLE_SIGNATURE)).isTrue();
        // the same check with nothing but java.security, as an offline verifier writes it
        Signature plain = Signature.getInstance("Ed25519");
        plain.initVerify(published);
        plain.update(example().text().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertThat(plain.verify(Base64.getDecoder().decode(EXAMPLE_SIGNATURE))).isTrue();
    }

    @Test
    void anyChangedFieldOrAnotherKeyOrGarbageFailsVerification() throws NoSuchAlgorithmException {
        PublicKey published = CheckpointSigning.publicKey(EXAMPLE_PUBLIC);
        CheckpointText e = example();
        KeyPair other = java.security.KeyPairGenerator.getInstance("Ed25519").generateKeyPair();

        assertThat(CheckpointSigning.verify(published, new CheckpointText(43, e.headHash(), e.recordedAt(), e.reason()),
                EXAMPLE_SIGNATURE)).isFalse();
        assertThat(CheckpointSigning.verify(published, new CheckpointText(42, "1" + HEAD.substring(1), e.recordedAt(),
                e.reason()), EXAMPLE_SIGNATURE)).isFalse();
        assertThat(CheckpointSigning.verify(published, new CheckpointText(42, HEAD, e.recordedAt().plusNanos(1000),
                e.reason()), EXAMPLE_SIGNATURE)).isFalse();
        assertThat(CheckpointSigning.verify(published, new CheckpointText(42, HEAD, e.recordedAt(),
                CheckpointReason.MANUAL), EXAMPLE_SIGNATURE)).isFalse();
        assertThat(CheckpointSigning.verify(other.getPublic(), e, EXAMPLE_SIGNATURE)).isFalse();
        assertThat(CheckpointSigning.verify(published, e, "not base64!")).isFalse();
        assertThat(CheckpointSigning.verify(published, e, Base64.getEncoder().encodeToString(new byte[64]))).isFalse();
    }

    @Test
    void theKeystoreIsCreatedOnceAndThenLoadedWithTheSameKey(@TempDir Path dir)
            throws IOException, GeneralSecurityException {
        Path file = dir.resolve("data").resolve("fund-checkpoint.p12");
        char[] password = "demo-password".toCharArray();

        CheckpointKeyStore.Loaded created = CheckpointKeyStore.loadOrCreate(file, password);
        CheckpointKeyStore.Loaded loaded = CheckpointKeyStore.loadOrCreate(file, password);

        assertThat(created.created()).isTrue();
        assertThat(loaded.created()).isFalse();
        assertThat(loaded.keys().getPublic().getEncoded()).isEqualTo(created.keys().getPublic().getEncoded());
        String signature = CheckpointSigning.sign(loaded.keys().getPrivate(), example());
        assertThat(CheckpointSigning.verify(created.keys().getPublic(), example(), signature)).isTrue();
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                    .isEqualTo("rw-------");
        }
        assertThat(Files.list(file.getParent())).containsExactly(file);
        // a plain PKCS12 keystore, as keytool reads it: the key entry with its self-signed certificate
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(file)) {
            store.load(in, password);
        }
        X509Certificate certificate = (X509Certificate) store.getCertificate(CheckpointKeyStore.ALIAS);
        certificate.verify(certificate.getPublicKey());
        assertThat(certificate.getSubjectX500Principal().getName()).isEqualTo("CN=fund-ledger-checkpoint");
        assertThat(certificate.getNotAfter().toInstant()).isEqualTo(Instant.parse("9999-12-31T23:59:59Z"));
        assertThat(store.isKeyEntry(CheckpointKeyStore.ALIAS)).isTrue();
    }

    @Test
    void aWrongPasswordIsAnErrorNotANewKey(@TempDir Path dir) throws IOException, GeneralSecurityException {
        Path file = dir.resolve("fund-checkpoint.p12");
        CheckpointKeyStore.loadOrCreate(file, "right".toCharArray());
        byte[] before = Files.readAllBytes(file);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CheckpointKeyStore.loadOrCreate(file,
                "wrong".toCharArray())).isInstanceOf(java.io.IOException.class);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }
}
