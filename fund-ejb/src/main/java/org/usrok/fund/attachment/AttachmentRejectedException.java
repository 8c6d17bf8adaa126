package org.usrok.fund.attachment;

import org.usrok.fund.shared.BusinessRuleException;
import org.usrok.fund.shared.RuleKind;

/**
 * Rule: evidence is a PDF, PNG, JPEG, XLSX or CSV file judged by its content, within the size
 * limit, not empty, and named with an extension that matches what it really is.
 */
public class AttachmentRejectedException extends BusinessRuleException {

    private static final long serialVersionUID = 1L;

    private AttachmentRejectedException(String key, Object... args) {
        super(RuleKind.UNPROCESSABLE, key, "file", args);
    }

    public static AttachmentRejectedException empty() {
        return new AttachmentRejectedException("error.attachment.empty");
    }

    public static AttachmentRejectedException tooLarge(long size, long limit) {
        return new AttachmentRejectedException("error.attachment.tooLarge", size, limit);
    }

    public static AttachmentRejectedException typeNotAllowed(String name) {
        return new AttachmentRejectedException("error.attachment.type", name);
    }

    public static AttachmentRejectedException nameMismatch(String name, FileType actual) {
        return new AttachmentRejectedException("error.attachment.nameMismatch", name, actual.name());
    }

    @Override
    public String ruleName() {
        return "attachment-rejected";
    }
}
