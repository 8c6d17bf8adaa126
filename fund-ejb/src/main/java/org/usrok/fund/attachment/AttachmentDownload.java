package org.usrok.fund.attachment;

import java.io.Serializable;

/** An attachment's bytes with what a download needs to label them. */
public record AttachmentDownload(AttachmentSummary attachment, byte[] content) implements Serializable {
}
