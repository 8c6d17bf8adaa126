package org.usrok.fund.idempotency;

import jakarta.ejb.ApplicationException;

/**
 * Another request with the same caller and key holds the key (it completed, or commits first): this
 * transaction rolls back and the caller answers with the stored response instead.
 */
@ApplicationException(rollback = true)
public class IdempotentReplayException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    IdempotentReplayException() {
        super("The idempotency key is held by another request");
    }
}
