package org.usrok.fund.ledger.checkpoint;

import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Ed25519 signatures over a checkpoint's canonical text, with the JDK only ({@code java.security},
 * algorithm {@code Ed25519}). Signatures and public keys travel in standard Base64 (with padding);
 * a public key is its X.509 SubjectPublicKeyInfo, and its key id the SHA-256 of those bytes in
 * lower-case hex, so anyone can pin the key by its fingerprint.
 */
public final class CheckpointSigning {

    public static final String ALGORITHM = "Ed25519";

    private CheckpointSigning() {
    }

    public static String sign(PrivateKey key, CheckpointText text) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(key);
            signature.update(text.bytes());
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (InvalidKeyException | SignatureException e) {
            throw new IllegalStateException("The checkpoint key cannot sign", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Ed25519 is part of every Java 15+ platform", e);
        }
    }

    /** True when {@code signatureBase64} is a valid signature of {@code text} by {@code key}; false for any malformed input. */
    public static boolean verify(PublicKey key, CheckpointText text, String signatureBase64) {
        try {
            byte[] raw = Base64.getDecoder().decode(signatureBase64);
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initVerify(key);
            signature.update(text.bytes());
            return signature.verify(raw);
        } catch (IllegalArgumentException | InvalidKeyException | SignatureException e) {
            return false;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Ed25519 is part of every Java 15+ platform", e);
        }
    }

    /** The key's X.509 SubjectPublicKeyInfo in Base64: what the fund publishes. */
    public static String publicKeyBase64(PublicKey key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    /** The key id: SHA-256 of the SubjectPublicKeyInfo bytes, 64 lower-case hex digits. */
    public static String keyId(PublicKey key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getEncoded()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    /** Reads a published key (Base64 SubjectPublicKeyInfo). */
    public static PublicKey publicKey(String base64) {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(
                    Base64.getDecoder().decode(base64)));
        } catch (InvalidKeySpecException e) {
            throw new IllegalArgumentException("Not an Ed25519 SubjectPublicKeyInfo", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is part of every Java 15+ platform", e);
        }
    }
}
