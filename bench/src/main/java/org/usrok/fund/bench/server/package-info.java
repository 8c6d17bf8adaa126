/**
 * What the benchmarks against a running server share: its JSON API with HTTP Basic, the same
 * PostgreSQL database over JDBC, timing and the machine's load average.
 */
package org.usrok.fund.bench.server;
