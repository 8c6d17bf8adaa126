/** B3: the ledger chain verifier against raw SHA-256 over the same canonical bytes (JMH). */
package org.usrok.fund.bench.ledger;
