package org.usrok.fund.web.audit;

import org.usrok.fund.web.i18n.LocalizedMessages;

import java.util.Locale;

/**
 * The human label of an audit action code (e.g. {@code ALLOCATION_SIMULATED} → "Allocation
 * scenario simulated"), from the portal bundle's {@code audit.action.<CODE>} keys, and of an
 * entity type (e.g. {@code DiversificationClaim} → "Claim", {@code audit.entity.<Type>}); a code
 * without a label is shown as itself.
 */
public final class AuditActionLabels {

    /** The bundle key prefix of action labels. */
    public static final String PREFIX = "audit.action.";

    /** The bundle key prefix of entity type labels. */
    public static final String ENTITY_PREFIX = "audit.entity.";

    private AuditActionLabels() {
    }

    public static String label(Locale locale, String code) {
        return labelOf(locale, PREFIX, code);
    }

    /** The label of an entity type of the trail ({@code FundingRound} → "Round"), or the type itself. */
    public static String entityType(Locale locale, String type) {
        return labelOf(locale, ENTITY_PREFIX, type);
    }

    private static String labelOf(Locale locale, String prefix, String code) {
        if (code == null || code.isEmpty()) {
            return "";
        }
        String key = prefix + code;
        String label = LocalizedMessages.label(locale, key);
        return label.equals(key) ? code : label;
    }
}
