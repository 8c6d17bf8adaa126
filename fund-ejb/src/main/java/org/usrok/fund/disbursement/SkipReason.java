package org.usrok.fund.disbursement;

/** Why a company was left out of a batch it could have been in. */
public enum SkipReason {
    /** The company has no current, verified payout account in the batch's currency. */
    NO_VERIFIED_ACCOUNT,
    /**
     * The company's verified account is one a payment was returned from or rejected by: it is not
     * paid again until the company registers a corrected account and an officer verifies it.
     */
    ACCOUNT_RETURNED_PAYMENT,
    /** The officer named the company, but it has no unpaid share in the batch's currency. */
    NOTHING_PAYABLE
}
