/**
 * Funding rounds (calls): what a round supports (critical materials, cost categories, the
 * eligible share of a price difference), when companies may apply and claim, how much each
 * government contributes, and the bilateral sign-off that opens it.
 */
package org.usrok.fund.round;
