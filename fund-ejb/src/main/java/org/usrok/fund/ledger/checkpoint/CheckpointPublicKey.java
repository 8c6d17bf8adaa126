package org.usrok.fund.ledger.checkpoint;

import java.io.Serializable;

/**
 * The fund's checkpoint key as published: algorithm ({@code Ed25519}), the X.509
 * SubjectPublicKeyInfo in Base64 and in PEM, and the key id (SHA-256 of the SubjectPublicKeyInfo
 * bytes, lower-case hex) to pin it by.
 */
public record CheckpointPublicKey(String algorithm, String keyId, String publicKey, String pem) implements Serializable {
}
