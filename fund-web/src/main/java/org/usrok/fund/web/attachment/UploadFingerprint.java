package org.usrok.fund.web.attachment;

import java.io.Serializable;

/** What identifies an upload for its Idempotency-Key: the owner, the file name and the content's SHA-256. */
public record UploadFingerprint(String ownerType, long ownerId, String fileName, String sha256) implements Serializable {
}
