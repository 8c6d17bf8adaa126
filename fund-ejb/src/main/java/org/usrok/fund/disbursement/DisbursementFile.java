package org.usrok.fund.disbursement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.Formula;
import org.hibernate.annotations.Immutable;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * A file a release produced, stored exactly as generated with its SHA-256. Its key is the batch and
 * the kind, so a batch has at most one pain.001 and one remittance report, however releases race.
 * Summaries of files are read as a projection without {@code content}; only a download loads it.
 */
@Entity
@Immutable
@Table(name = "disbursement_file")
@IdClass(DisbursementFile.Key.class)
class DisbursementFile {

    /** The composite key: batch and kind. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private Long batchId;
        private FileKind kind;

        public Key() {
        }

        Key(long batchId, FileKind kind) {
            this.batchId = batchId;
            this.kind = kind;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(batchId, k.batchId) && kind == k.kind;
        }

        @Override
        public int hashCode() {
            return Objects.hash(batchId, kind);
        }
    }

    @Id
    @Column(name = "batch_id")
    private Long batchId;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private FileKind kind;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(name = "media_type", nullable = false, length = 100)
    private String mediaType;

    @Column(nullable = false)
    private byte[] content;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "transaction_count", nullable = false)
    private int transactionCount;

    @Column(name = "control_sum_minor", nullable = false)
    private long controlSumMinor;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The content's length in bytes, computed by the database, so that listing files never reads their content. */
    @Formula("octet_length(content)")
    private long contentLength;

    protected DisbursementFile() {
    }

    DisbursementFile(long batchId, FileKind kind, String fileName, String mediaType, byte[] content, String sha256,
                     int transactionCount, long controlSumMinor, Instant createdAt) {
        this.batchId = batchId;
        this.kind = kind;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.content = content.clone();
        this.sha256 = sha256;
        this.transactionCount = transactionCount;
        this.controlSumMinor = controlSumMinor;
        this.createdAt = createdAt;
    }

    long getBatchId() {
        return batchId;
    }

    FileKind getKind() {
        return kind;
    }

    String getFileName() {
        return fileName;
    }

    String getMediaType() {
        return mediaType;
    }

    byte[] getContent() {
        return content.clone();
    }

    String getSha256() {
        return sha256;
    }

    int getTransactionCount() {
        return transactionCount;
    }

    long getControlSumMinor() {
        return controlSumMinor;
    }
}
