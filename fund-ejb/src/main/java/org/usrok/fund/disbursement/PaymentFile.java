package org.usrok.fund.disbursement;

import java.io.Serializable;

/** A stored payment file of a released batch, exactly as generated, with its SHA-256 (lower-case hex). */
public record PaymentFile(FileKind kind, String fileName, String mediaType, byte[] content, String sha256) implements Serializable {
}
