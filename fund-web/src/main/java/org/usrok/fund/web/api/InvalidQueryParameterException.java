package org.usrok.fund.web.api;

import jakarta.ws.rs.BadRequestException;

/** A query parameter the API cannot use; its message names the parameter and what it accepts. */
public class InvalidQueryParameterException extends BadRequestException {

    private static final long serialVersionUID = 1L;

    public InvalidQueryParameterException(String message) {
        super(message);
    }
}
