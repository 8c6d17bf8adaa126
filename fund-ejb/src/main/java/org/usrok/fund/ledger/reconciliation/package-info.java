/**
 * Reconciliation (issue 14): every business record that moves money (contribution receipts,
 * allocation commitments, payments and their returns, recoveries and their receipts) against the
 * journal entry it posted, by event id, effective date, accounts, sides, currency and amount, and
 * the entries of those events that no record claims. {@link org.usrok.fund.ledger.reconciliation.MoneyRecords}
 * restates each record as the lines the posting rules of docs/ledger.md give it (also written to the
 * export bundle as {@code money-records.csv}); {@link org.usrok.fund.ledger.reconciliation.ReconciliationService}
 * compares them with the stored entries.
 */
package org.usrok.fund.ledger.reconciliation;
