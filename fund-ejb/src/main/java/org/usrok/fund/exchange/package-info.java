/**
 * Exchange rates as data: currency pair, rate, effective date, source (e.g. Bank of Korea ECOS,
 * U.S. Treasury reporting rate) and who entered it. Any conversion the fund makes names the rate
 * record it used. Rates are never edited; a correction is a new record.
 */
package org.usrok.fund.exchange;
