/**
 * Allocation: how the pooled contributions of a round are shared among the companies whose claims
 * were approved. {@code core} is the pure, deterministic allocation function and its certificate;
 * this package owns the scenarios officers simulate and compare ({@link AllocationScenario}), the
 * proposal and the bilateral approval that commits one of them (locking the round and posting the
 * obligations to the ledger), and the companies' view of their committed shares.
 */
package org.usrok.fund.allocation;
