/**
 * Applications over the API ({@code /api/applications}): the diversification plan, evidence,
 * the eligibility screen (also in the 422 of a refused submission) and the officers' review.
 */
package org.usrok.fund.web.application;
