/**
 * Spreadsheet exports of the portal's tables (CSV and XLSX): one writer and one column builder for
 * every table, fed by the services' {@code listAll}/{@code export…} methods so an export holds every
 * row of the table's current filter, authorized as the table is.
 */
package org.usrok.fund.web.export;
