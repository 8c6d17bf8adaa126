/**
 * The portal's home page: {@link org.usrok.fund.web.dashboard.DashboardView} shows the signed-in
 * person's dashboard (figures from {@code dashboard.DashboardService}, each linking to the list
 * behind it) and {@link org.usrok.fund.web.dashboard.DashboardCharts} writes its charts' Chart.js
 * configurations.
 */
package org.usrok.fund.web.dashboard;
