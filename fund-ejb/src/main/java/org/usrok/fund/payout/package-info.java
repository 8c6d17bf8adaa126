/**
 * Payout bank accounts: the {@link org.usrok.fund.payout.PayoutAccount} aggregate a company
 * registers per currency (IBAN, U.S. routing and account number, or Korean bank code and account
 * number, each validated with its check rules), the verification an officer of the company's own
 * country performs before any payment goes to a new or changed account, the masked read models,
 * and {@link org.usrok.fund.payout.PayableAccount}, what the disbursement service pays to.
 */
package org.usrok.fund.payout;
