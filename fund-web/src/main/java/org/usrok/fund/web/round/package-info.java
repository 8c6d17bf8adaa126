/**
 * Funding rounds over the API ({@code /api/rounds}): drafting, revision, bilateral sign-off,
 * claims closure. Funding rounds in the portal: the list, the draft form, the two governments'
 * sign-offs and closing claims.
 */
package org.usrok.fund.web.round;
