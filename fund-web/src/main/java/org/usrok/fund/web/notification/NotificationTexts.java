package org.usrok.fund.web.notification;

import org.usrok.fund.notification.NotificationSummary;
import org.usrok.fund.web.i18n.LocalizedMessages;
import org.usrok.fund.web.portal.MoneyFormat;

import java.text.MessageFormat;
import java.util.Locale;

/** A notification's sentence in the reader's language: its message key formatted with its stored arguments. */
public final class NotificationTexts {

    private NotificationTexts() {
    }

    public static String text(NotificationSummary n, Locale locale) {
        String pattern = LocalizedMessages.label(locale, n.messageKey());
        Object[] args = n.messageArgs(locale).stream().map(MoneyFormat::inText).toArray();
        return new MessageFormat(pattern, locale).format(args);
    }

    /**
     * The page about the notification's subject for the reader: companies see their own pages,
     * everyone else the officers' pages. Null when there is no such page.
     */
    public static String outcome(NotificationSummary n, boolean company) {
        return switch (n.subjectType()) {
            case "FundApplication" -> company ? "/company/application" : "/officer/application";
            case "DiversificationClaim" -> company ? "/company/claim" : "/officer/claim";
            case "FundingRound" -> company ? "/company/applications" : "/officer/round";
            case "DisbursementBatch" -> company ? null : "/officer/batch";
            case "Payment" -> company ? "/company/payments" : null;
            case "Recovery" -> company ? "/company/recoveries" : "/officer/recoveries";
            case "PayoutAccount" -> company ? "/company/payout-accounts" : "/officer/payout-accounts";
            default -> null;
        };
    }
}
