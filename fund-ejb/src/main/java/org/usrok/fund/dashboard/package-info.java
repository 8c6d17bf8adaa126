/**
 * The home dashboards: one read model per kind of viewer (company, officer, auditor,
 * administrator), computed by {@link org.usrok.fund.dashboard.DashboardService} with aggregate
 * queries (counts and sums grouped in the database) and scoped to what the viewer may see.
 */
package org.usrok.fund.dashboard;
