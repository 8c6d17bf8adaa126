package org.usrok.fund.web.notification;

/** How many of the caller's notifications are unread. */
public record UnreadCountResponse(long unread) {
}
