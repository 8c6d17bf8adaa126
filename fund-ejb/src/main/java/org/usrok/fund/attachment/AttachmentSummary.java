package org.usrok.fund.attachment;

import java.io.Serializable;
import java.time.Instant;

/** An attachment as lists show it, with the SHA-256 anyone can check a download against. */
public record AttachmentSummary(long id, Attachment.Owner ownerType, long ownerId, String fileName,
                                String contentType, long sizeBytes, String sha256, String uploadedBy,
                                Instant uploadedAt) implements Serializable {

    public static AttachmentSummary of(Attachment a) {
        return new AttachmentSummary(a.getId(), a.getOwnerType(), a.getOwnerId(), a.getFileName(),
                a.getContentType(), a.getSizeBytes(), a.getSha256(), a.getUploadedBy(), a.getUploadedAt());
    }
}
