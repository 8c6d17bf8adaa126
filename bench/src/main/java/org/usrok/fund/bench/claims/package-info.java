/**
 * B1: filing claims ({@code POST /api/claims}) against a running server on PostgreSQL, measured
 * against raw JDBC writing the same rows to the same database (docs/performance.md).
 */
package org.usrok.fund.bench.claims;
