/**
 * Cost-of-diversification claims of companies with approved applications: cost lines by category
 * (the price differential computed by rule), evidence, review with an approved amount per line,
 * approval by a second officer, the review SLA timer and the notifications around them.
 */
package org.usrok.fund.claim;
