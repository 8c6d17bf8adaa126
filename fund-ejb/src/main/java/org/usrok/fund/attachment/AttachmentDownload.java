package org.usrok.fund.attachment;

/** An attachment's bytes with what a download needs to label them. */
public record AttachmentDownload(AttachmentSummary attachment, byte[] content) {
}
