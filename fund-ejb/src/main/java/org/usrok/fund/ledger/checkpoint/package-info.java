/**
 * Signed checkpoints of the ledger's hash chain: evidence of the chain's head that does not rest
 * on the database alone. At every export, on a timer and on request the fund signs the head
 * (sequence and hash) with its Ed25519 key; officers of both governments countersign it. The
 * chain verification then checks the stored chain against every checkpoint, so rewriting history
 * and recomputing every later hash no longer passes. {@link CheckpointText},
 * {@link CheckpointSigning}, {@link CheckpointKeyStore} and {@link CheckpointChecks} use only the
 * JDK and the ledger core, for an offline verifier to reuse; the text is specified in
 * {@code docs/ledger.md}.
 */
package org.usrok.fund.ledger.checkpoint;
