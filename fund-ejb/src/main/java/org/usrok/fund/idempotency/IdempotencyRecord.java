package org.usrok.fund.idempotency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import java.time.Instant;

/**
 * A key a caller sent with a creating request, the fingerprint of that request and the response
 * it produced. Unique per caller and key: the unique index is what serialises concurrent retries.
 */
@Entity
@Table(name = "idempotency_record",
        uniqueConstraints = @UniqueConstraint(name = "uk_idempotency_caller_key", columnNames = {"caller", "idem_key"}))
public class IdempotencyRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "idempotency_record_seq")
    @SequenceGenerator(name = "idempotency_record_seq", sequenceName = "idempotency_record_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 64)
    private String caller;

    @Column(name = "idem_key", nullable = false, length = 128)
    private String key;

    @Column(name = "request_fingerprint", nullable = false, length = 64)
    private String requestFingerprint;

    @Column(name = "response_status")
    private Integer responseStatus;

    @Column(name = "response_location", length = 500)
    private String responseLocation;

    @Column(name = "response_body", length = 100000)
    private String responseBody;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected IdempotencyRecord() {
    }

    IdempotencyRecord(String caller, String key, String requestFingerprint, Instant createdAt) {
        this.caller = caller;
        this.key = key;
        this.requestFingerprint = requestFingerprint;
        this.createdAt = createdAt;
    }

    void complete(StoredResponse response) {
        this.responseStatus = response.status();
        this.responseLocation = response.location();
        this.responseBody = response.body();
    }

    String getRequestFingerprint() {
        return requestFingerprint;
    }

    StoredResponse response() {
        return new StoredResponse(responseStatus, responseLocation, responseBody);
    }
}
