/**
 * Exchange rates over the API ({@code /api/exchange-rates}): the list, one rate, the rate in force
 * on a date and the recording of a rate; in the portal, the exchange-rates page.
 */
package org.usrok.fund.web.exchange;
