/**
 * English and Korean for everything a person reads: the portal's labels, and the messages of
 * business rules and validation failures, resolved in the reader's language for the portal and
 * the API alike.
 */
package org.usrok.fund.web.i18n;
