/**
 * In-app notifications: companies hear of returns, approvals and rejections; officers of new work
 * and overdue items. Each notification belongs to one user and is written in the same transaction
 * as the change it announces; its text is a message key with arguments, shown in EN or KO.
 */
package org.usrok.fund.notification;
