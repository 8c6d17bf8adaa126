/**
 * Recoveries (clawbacks) of money paid to a company in error: an officer of the company's country
 * opens a {@link Recovery} (reason, amount at most what was paid to the company in that currency
 * less its other recoveries), a second officer approves it (posting the receivable), and officers
 * record the company's repayments as {@link RecoveryReceipt}s until it is recovered. Owns the
 * aggregate, its receipts, {@link RecoveryService} and the read models; the ledger entries are
 * posted through {@code ledger.LedgerService}.
 */
package org.usrok.fund.recovery;
