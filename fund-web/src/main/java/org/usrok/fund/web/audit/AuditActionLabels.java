package org.usrok.fund.web.audit;

import org.usrok.fund.web.i18n.LocalizedMessages;

import java.util.Locale;

/**
 * The human label of an audit action code (e.g. {@code ALLOCATION_SIMULATED} → "Allocation
 * scenario simulated"), from the portal bundle's {@code audit.action.<CODE>} keys; a code without a
 * label is shown as itself.
 */
public final class AuditActionLabels {

    /** The bundle key prefix of action labels. */
    public static final String PREFIX = "audit.action.";

    private AuditActionLabels() {
    }

    public static String label(Locale locale, String code) {
        if (code == null || code.isEmpty()) {
            return "";
        }
        String key = PREFIX + code;
        String label = LocalizedMessages.label(locale, key);
        return label.equals(key) ? code : label;
    }
}
