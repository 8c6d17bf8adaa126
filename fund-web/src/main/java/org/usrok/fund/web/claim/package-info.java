/**
 * Claims over the API ({@code /api/claims}): cost lines (the price differential computed by the
 * fund), evidence, review with an approved amount per line, and the second officer's decision.
 * Claims in the portal: the company's cost lines, evidence and submission, and the officers'
 * queue and four-eyes review.
 */
package org.usrok.fund.web.claim;
