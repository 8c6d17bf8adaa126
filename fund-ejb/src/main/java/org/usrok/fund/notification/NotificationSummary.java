package org.usrok.fund.notification;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A notification as the inbox shows it; the text is {@code messageKey} formatted with the
 * arguments in the reader's language ({@code messageArgs} English, {@code messageArgsKo} Korean).
 */
public record NotificationSummary(long id, String kind, String subjectType, long subjectId, String messageKey,
                                  List<String> messageArgs, List<String> messageArgsKo, Instant createdAt,
                                  Instant readAt) implements Serializable {

    public static NotificationSummary of(Notification n) {
        return new NotificationSummary(n.getId(), n.getKind(), n.getSubjectType(), n.getSubjectId(),
                n.getMessageKey(), n.getMessageArgs(), n.getMessageArgsKo(), n.getCreatedAt(), n.getReadAt());
    }

    /** The message arguments in the reader's language: Korean for {@code ko}, English otherwise. */
    public List<String> messageArgs(Locale locale) {
        return "ko".equals(locale.getLanguage()) ? messageArgsKo : messageArgs;
    }

    public boolean unread() {
        return readAt == null;
    }
}
