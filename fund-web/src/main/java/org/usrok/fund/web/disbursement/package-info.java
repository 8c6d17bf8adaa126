/**
 * Disbursements over the API and in the portal. API: a round's batches (prepare, list), one batch
 * (details, release, cancellation, its pain.001 and remittance files, the bank's status file),
 * payments (status, the company's own), as request and response records. Portal: a round's
 * disbursements ({@code DisbursementsView}: committed and unpaid per currency, prepare, batches),
 * one batch ({@code BatchView}: release, cancel, files, payment statuses, status file import) and
 * the company's payments ({@code CompanyPaymentsView}). The rules are in
 * {@code org.usrok.fund.disbursement}.
 */
package org.usrok.fund.web.disbursement;
