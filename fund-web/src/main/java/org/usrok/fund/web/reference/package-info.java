/**
 * Reference data over the API ({@code /api/reference}): critical materials and cost categories.
 * Reference data in the portal: names in the reader's language and the administrators' page.
 */
package org.usrok.fund.web.reference;
