/** The ledger over the API ({@code /api/ledger}): journal, entries, trial balance, chain verification, export bundle, signed checkpoints; and the portal's ledger pages. */
package org.usrok.fund.web.ledger;
