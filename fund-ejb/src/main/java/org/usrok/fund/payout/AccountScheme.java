package org.usrok.fund.payout;

/**
 * How a payout bank account is identified to the paying bank: an IBAN, a U.S. routing number
 * (ABA) with an account number, or a Korean bank code (KFTC) with an account number.
 */
public enum AccountScheme {
    IBAN,
    US_ABA,
    KR_BANK
}
