package org.usrok.fund.web.notification;

import org.usrok.fund.notification.NotificationSummary;
import org.usrok.fund.web.i18n.LocalizedMessages;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A notification: what it is about ({@code subjectType} and {@code subjectId}, e.g.
 * DiversificationClaim 51), its {@code text} in the caller's language, and the message key and
 * arguments it was rendered from (in the caller's language: a round's Korean name for Korean
 * callers), for clients that render it themselves.
 */
public record NotificationResponse(long id, String kind, String subjectType, long subjectId, String text,
                                   String messageKey, List<String> messageArgs, Instant createdAt, Instant readAt,
                                   boolean unread) implements Serializable {

    static NotificationResponse of(NotificationSummary n, Locale locale) {
        return new NotificationResponse(n.id(), n.kind(), n.subjectType(), n.subjectId(),
                LocalizedMessages.error(locale, n.messageKey(), n.messageArgs(locale)), n.messageKey(),
                n.messageArgs(locale),
                n.createdAt(), n.readAt(), n.unread());
    }
}
