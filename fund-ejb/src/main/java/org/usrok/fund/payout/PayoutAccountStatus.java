package org.usrok.fund.payout;

/**
 * Where a payout account stands. A newly registered account waits for an officer of the
 * company's country; only a {@link #VERIFIED} account that is still the company's current one in
 * its currency is paid.
 */
public enum PayoutAccountStatus {
    /** Registered by the company; not payable until an officer verifies it. */
    PENDING_VERIFICATION,
    /** An officer of the company's country confirmed it. */
    VERIFIED,
    /** An officer refused it, with a reason; it is never paid. */
    REJECTED,
    /** A newer account of the same company and currency replaced it; kept as history. */
    SUPERSEDED
}
