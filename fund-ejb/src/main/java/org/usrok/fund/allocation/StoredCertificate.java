package org.usrok.fund.allocation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.nio.charset.StandardCharsets;

/** A scenario's allocation certificate exactly as the core wrote it (UTF-8), kept apart from the scenario row. */
@Entity
@Immutable
@Table(name = "allocation_certificate")
class StoredCertificate {

    @Id
    @Column(name = "scenario_id")
    private Long scenarioId;

    @Column(nullable = false, length = 64)
    private String digest;

    @Column(nullable = false)
    private byte[] content;

    protected StoredCertificate() {
    }

    StoredCertificate(long scenarioId, String digest, String text) {
        this.scenarioId = scenarioId;
        this.digest = digest;
        this.content = text.getBytes(StandardCharsets.UTF_8);
    }

    String getDigest() {
        return digest;
    }

    /** The certificate's bytes as stored, which its digest is the SHA-256 of. */
    byte[] content() {
        return content.clone();
    }

    String text() {
        return new String(content, StandardCharsets.UTF_8);
    }
}
