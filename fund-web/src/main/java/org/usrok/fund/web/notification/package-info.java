/**
 * The caller's in-app notifications over the API ({@code /api/notifications}), each rendered in the caller's language.
 * The portal inbox: notifications in the reader's language, links to their subjects, and the menubar's unread badge.
 */
package org.usrok.fund.web.notification;
