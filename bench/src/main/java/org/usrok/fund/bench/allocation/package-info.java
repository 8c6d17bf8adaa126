/** B2: committing a 100,000-claim allocation through the running server against raw batched JDBC inserts of the same rows. */
package org.usrok.fund.bench.allocation;
