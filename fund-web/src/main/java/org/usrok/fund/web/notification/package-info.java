/** The caller's in-app notifications over the API ({@code /api/notifications}), each rendered in the caller's language. */
package org.usrok.fund.web.notification;
