package org.usrok.fund.web.notification;

import java.io.Serializable;

/** How many of the caller's notifications are unread. */
public record UnreadCountResponse(long unread) implements Serializable {
}
