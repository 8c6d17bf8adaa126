/**
 * Applications over the API ({@code /api/applications}): the diversification plan, evidence, the
 * eligibility screen (also in the 422 of a refused submission) and the officers' review.
 * Applications in the portal: the company's plan, evidence and submission, and the officers'
 * queue and review.
 */
package org.usrok.fund.web.application;
