package org.usrok.fund.payout;

/** How a payout account is identified: IBAN, U.S. routing (ABA) number and account, or Korean bank code and account. */
public enum AccountScheme {
    IBAN,
    US_ABA,
    KR_BANK
}
