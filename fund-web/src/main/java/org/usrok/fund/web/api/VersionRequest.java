package org.usrok.fund.web.api;

import java.io.Serializable;

/**
 * Body of the state-changing POSTs that need nothing else (sign-off, submission, start of review),
 * optional: the version the caller saw, so that a change made meanwhile is refused with 409.
 */
public record VersionRequest(Long expectedVersion) implements Serializable {

    /** The expected version of a possibly absent body. */
    public static Long of(VersionRequest request) {
        return request == null ? null : request.expectedVersion();
    }
}
