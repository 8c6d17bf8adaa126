package org.usrok.fund.web.notification;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.usrok.fund.notification.NotificationService;

/** The menubar's unread count, read once per request. */
@Named
@RequestScoped
public class InboxBadge {

    @Inject
    NotificationService notifications;

    private Long unread;

    public long getUnread() {
        if (unread == null) {
            unread = notifications.unreadCount();
        }
        return unread;
    }

    /** The badge text, or null (no badge) when nothing is unread. */
    public String getBadge() {
        return getUnread() == 0 ? null : String.valueOf(getUnread());
    }
}
