package org.usrok.fund.notification;

import java.time.Instant;
import java.util.List;

/** A notification as the inbox shows it; the text is {@code messageKey} formatted with {@code messageArgs}. */
public record NotificationSummary(long id, String kind, String subjectType, long subjectId, String messageKey,
                                  List<String> messageArgs, Instant createdAt, Instant readAt) {

    public static NotificationSummary of(Notification n) {
        return new NotificationSummary(n.getId(), n.getKind(), n.getSubjectType(), n.getSubjectId(),
                n.getMessageKey(), n.getMessageArgs(), n.getCreatedAt(), n.getReadAt());
    }

    public boolean unread() {
        return readAt == null;
    }
}
