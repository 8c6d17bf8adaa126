/**
 * The audit trail: every change a service makes writes one record (who, when, what, the state
 * before and after) in the same transaction, so a change without its record cannot exist. A
 * refused attempt to move money or decide on it writes a {@code REFUSED} record with the rule, in
 * a transaction of its own ({@link org.usrok.fund.audit.RecordsRefusals}).
 */
package org.usrok.fund.audit;
