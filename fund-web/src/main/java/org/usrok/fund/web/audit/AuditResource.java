package org.usrok.fund.web.audit;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.usrok.fund.audit.AuditOutcome;
import org.usrok.fund.audit.AuditQuery;
import org.usrok.fund.audit.AuditTrail;
import org.usrok.fund.web.api.PageResponse;
import org.usrok.fund.web.api.QueryParams;

import java.time.Instant;

/**
 * The audit trail over the API, read-only (auditors, officers, administrators): the history of
 * one entity, oldest first, and the search of the whole trail, newest first.
 */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit")
public class AuditResource {

    static final int MAX_TEXT = 64;

    @Inject
    AuditTrail audit;

    @GET
    @Operation(summary = "Audit records of one entity, oldest first, paged")
    public PageResponse<AuditEntryResponse> history(@QueryParam("entityType") @NotBlank @Size(max = 64) String entityType,
                                            @QueryParam("entityId") @NotBlank @Size(max = 64) String entityId,
                                            @QueryParam("page") String page, @QueryParam("size") String size) {
        return PageResponse.of(audit.history(entityType, entityId, QueryParams.page(page, size)), AuditEntryResponse::of);
    }

    /**
     * The search of the whole trail. Every filter is optional and exact (the columns are
     * indexed); {@code from} is inclusive and {@code to} exclusive. A bad value is a 400 naming
     * the parameter, never an empty result, so a typo cannot pass for "nothing happened".
     * {@code outcome=REFUSED} lists the refused attempts (e.g. an over-pledge, a release by the
     * batch's preparer), {@code outcome=DONE} the changes.
     */
    @GET
    @Path("records")
    @Operation(summary = "Search the audit trail by actor, entity, action, outcome and time range, newest first, paged")
    public PageResponse<AuditEntryResponse> search(@QueryParam("actor") String actor,
                                                   @QueryParam("entityType") String entityType,
                                                   @QueryParam("entityId") String entityId,
                                                   @QueryParam("action") String action,
                                                   @QueryParam("from") String from, @QueryParam("to") String to,
                                                   @QueryParam("outcome") String outcome,
                                                   @QueryParam("page") String page, @QueryParam("size") String size) {
        Instant since = QueryParams.instant("from", from);
        Instant until = QueryParams.instant("to", to);
        QueryParams.range("from", since, "to", until);
        AuditQuery query = new AuditQuery(QueryParams.text("actor", actor, MAX_TEXT),
                QueryParams.text("entityType", entityType, MAX_TEXT), QueryParams.text("entityId", entityId, MAX_TEXT),
                QueryParams.text("action", action, MAX_TEXT), since, until,
                QueryParams.enumValue(AuditOutcome.class, "outcome", outcome));
        return PageResponse.of(audit.search(query, QueryParams.page(page, size)), AuditEntryResponse::of);
    }
}
