/**
 * Payout bank accounts over the API ({@code /api/payout-accounts}) and in the portal: a company
 * registers or changes its account per currency, officers of its country verify or reject it.
 */
package org.usrok.fund.web.payout;
