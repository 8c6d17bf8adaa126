/** Reference data over the API ({@code /api/reference}): critical materials and cost categories. */
package org.usrok.fund.web.reference;
