/** Company registration over the API ({@code /api/companies}) and in the portal. */
package org.usrok.fund.web.company;
