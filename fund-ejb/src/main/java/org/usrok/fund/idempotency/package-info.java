/**
 * Idempotent creation: a client's {@code Idempotency-Key} is stored with the fingerprint of its
 * request and the response it got, in the same transaction as the creation itself, so a retry
 * replays the answer instead of creating twice.
 */
package org.usrok.fund.idempotency;
