package org.usrok.fund.ledger;

/** The kind of a ledger account, which decides its normal balance side. */
public enum AccountKind {
    ASSET,
    LIABILITY,
    NET_ASSETS,
    REVENUE,
    EXPENSE
}
