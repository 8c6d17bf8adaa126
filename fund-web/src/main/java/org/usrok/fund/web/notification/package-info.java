/** The portal inbox: notifications in the reader's language, links to their subjects, and the menubar's unread badge. */
package org.usrok.fund.web.notification;
