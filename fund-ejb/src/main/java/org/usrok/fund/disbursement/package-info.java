/**
 * Disbursement: money leaving the fund. Owns the batches officers prepare from a round's committed
 * allocation ({@link DisbursementBatch}, per currency), their payments (one {@link Payment} per
 * company, with a snapshot of the verified payout account) and the claims' shares each carries
 * ({@link PaymentItem}, whose live claim id the database keeps unique so no share is paid twice),
 * the two-person release that posts the ledger and stores the pain.001 and remittance files, and
 * the banks' payment statuses (paid, returned, rejected) with the reversing entries of returns.
 * The file formats themselves are in {@code disbursement.file}.
 */
package org.usrok.fund.disbursement;
