/**
 * Claims over the API ({@code /api/claims}): cost lines (the price differential computed by the
 * fund), evidence, review with an approved amount per line, and the second officer's decision.
 */
package org.usrok.fund.web.claim;
