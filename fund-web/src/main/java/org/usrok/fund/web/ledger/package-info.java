/** Read access to the ledger over the API ({@code /api/ledger}): journal, entries, trial balance, chain verification, export bundle. */
package org.usrok.fund.web.ledger;
