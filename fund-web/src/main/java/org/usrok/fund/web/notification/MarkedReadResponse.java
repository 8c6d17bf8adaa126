package org.usrok.fund.web.notification;

/** How many notifications {@code POST /notifications/read-all} marked read. */
public record MarkedReadResponse(int marked) {
}
