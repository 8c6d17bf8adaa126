/**
 * The fund's double-entry, append-only, hash-chained ledger. This first part is the pure core,
 * with no container or database dependency so that an auditor's offline verifier can reuse it:
 * journal lines and entries, the balance rule, the canonical byte form every entry is hashed in
 * ({@code docs/ledger.md}), and the verification of a whole chain. Posting, the chart of accounts
 * and the auditor's pages build on it.
 */
package org.usrok.fund.ledger;
