/**
 * The audit trail: every change a service makes writes one record (who, when, what, the state
 * before and after) in the same transaction, so a change without its record cannot exist.
 */
package org.usrok.fund.audit;
