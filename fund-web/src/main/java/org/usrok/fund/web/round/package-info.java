/** Funding rounds over the API ({@code /api/rounds}): drafting, revision, bilateral sign-off, claims closure. */
package org.usrok.fund.web.round;
