/**
 * The JSON API's conventions, shared by every feature's resources: RFC 9457 problem responses
 * (one mapper per kind of failure, business rules in one place), paging, idempotent creation and
 * request limits.
 */
package org.usrok.fund.web.api;
