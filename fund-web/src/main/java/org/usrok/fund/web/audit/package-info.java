/** Read access to the audit trail over the API ({@code /api/audit}). */
package org.usrok.fund.web.audit;
