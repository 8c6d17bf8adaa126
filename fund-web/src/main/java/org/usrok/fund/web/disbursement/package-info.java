/**
 * The disbursement API: a round's batches (prepare, list), one batch (details, release, cancellation,
 * its pain.001 and remittance files, the bank's status file), payments (status, the company's own).
 * Request and response records only; the rules are in {@code org.usrok.fund.disbursement}.
 */
package org.usrok.fund.web.disbursement;
