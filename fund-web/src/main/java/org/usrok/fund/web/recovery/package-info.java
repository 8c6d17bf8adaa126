/**
 * Recoveries in the API and the portal: {@code RecoveryResource} ({@code /api/recoveries}: open
 * with an Idempotency-Key, list, read, approval, rejection, withdrawal, receipts, the company's
 * own at {@code /mine}) with its request and response records; the portal beans
 * {@code RecoveriesView} ({@code officer/recoveries.xhtml}) and {@code CompanyRecoveriesView}
 * ({@code company/recoveries.xhtml}).
 */
package org.usrok.fund.web.recovery;
