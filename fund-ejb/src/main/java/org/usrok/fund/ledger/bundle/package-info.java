/**
 * The auditors' export bundle ({@code docs/ledger.md}, "Export bundle"): one ZIP with a manifest,
 * the chart of accounts, the journal, the hash chain, the balances, the recorded exchange rates
 * and the certificates of committed allocations, written by
 * {@link org.usrok.fund.ledger.bundle.LedgerBundleWriter}, read back strictly by
 * {@link org.usrok.fund.ledger.bundle.LedgerBundleReader} and checked offline by
 * {@link org.usrok.fund.ledger.bundle.VerifyLedgerBundle}. Pure JDK code, like the ledger core it
 * reuses: the verifier runs with only {@code fund-ejb.jar} on the class path, so nothing here
 * may reference a Jakarta EE API.
 */
package org.usrok.fund.ledger.bundle;
