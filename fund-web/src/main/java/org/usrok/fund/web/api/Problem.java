package org.usrok.fund.web.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.io.Serializable;
import java.util.List;

/**
 * An RFC 9457 problem detail. {@code type} is a stable URI naming the rule or failure,
 * {@code title} a short sentence, {@code detail} the specifics in the reader's language, and
 * {@code violations} one entry per invalid field.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "violations"})
public record Problem(String type, String title, int status, String detail, String instance,
                      List<Violation> violations) implements Serializable {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType MEDIA = MediaType.valueOf(MEDIA_TYPE);
    static final String TYPE_BASE = "urn:fund:problem:";

    /** One invalid field: its name as the client sent it, and what is wrong with it. */
    public record Violation(String field, String message) implements Serializable {
    }

    public Problem {
        violations = violations == null ? List.of() : List.copyOf(violations);
    }

    public static Problem of(String typeName, String title, Response.StatusType status, String detail) {
        return new Problem(TYPE_BASE + typeName, title, status.getStatusCode(), detail, null, List.of());
    }

    public Problem withViolations(List<Violation> list) {
        return new Problem(type, title, status, detail, instance, list);
    }

    public Problem at(String path) {
        return new Problem(type, title, status, detail, path, violations);
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA).entity(this).build();
    }
}
