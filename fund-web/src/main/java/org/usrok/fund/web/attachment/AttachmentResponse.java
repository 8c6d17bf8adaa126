package org.usrok.fund.web.attachment;

import org.usrok.fund.attachment.AttachmentSummary;

import java.io.Serializable;
import java.time.Instant;

/**
 * An attachment as lists show it: its type as decided from the content, size, SHA-256 (hex) to
 * check a download against, and where to download it.
 */
public record AttachmentResponse(long id, String ownerType, long ownerId, String fileName, String contentType,
                                 long sizeBytes, String sha256, String uploadedBy, Instant uploadedAt,
                                 String contentPath) implements Serializable {

    public static AttachmentResponse of(AttachmentSummary a) {
        return new AttachmentResponse(a.id(), a.ownerType().name(), a.ownerId(), a.fileName(), a.contentType(),
                a.sizeBytes(), a.sha256(), a.uploadedBy(), a.uploadedAt(), "attachments/" + a.id() + "/content");
    }
}
