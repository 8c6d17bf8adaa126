/**
 * The governments' contributions to a round over the API ({@code /api/rounds/{id}/contributions}):
 * pledged vs received per government and the recording of receipts; in the portal, the
 * Contributions panel of the round page.
 */
package org.usrok.fund.web.contribution;
