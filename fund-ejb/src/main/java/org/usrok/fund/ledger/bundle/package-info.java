/**
 * The auditors' export bundle ({@code docs/ledger.md}, "Export bundle"): one ZIP with a manifest,
 * the chart of accounts, the journal, the hash chain, the balances, the recorded exchange rates
 * and the certificates of committed allocations, written by
 * {@link org.usrok.fund.ledger.bundle.LedgerBundleWriter}, read back strictly by
 * {@link org.usrok.fund.ledger.bundle.LedgerBundleReader} and checked offline, streaming, by
 * {@link org.usrok.fund.ledger.bundle.BundleVerifier}. Pure JDK code, like the ledger core it
 * reuses: the module {@code ledger-verifier} shades the verifier's classes into a jar that runs
 * with nothing but a JDK, so nothing here may reference a Jakarta EE API.
 */
package org.usrok.fund.ledger.bundle;
