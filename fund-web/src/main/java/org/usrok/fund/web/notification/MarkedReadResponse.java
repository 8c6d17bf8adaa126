package org.usrok.fund.web.notification;

import java.io.Serializable;

/** How many notifications {@code POST /notifications/read-all} marked read. */
public record MarkedReadResponse(int marked) implements Serializable {
}
