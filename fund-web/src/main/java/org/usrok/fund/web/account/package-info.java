/** User accounts over the API ({@code /api/users}, administrators) and the caller's own identity ({@code /api/me}). */
package org.usrok.fund.web.account;
