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
import org.usrok.fund.audit.AuditTrail;
import org.usrok.fund.web.api.PageResponse;
import org.usrok.fund.web.api.QueryParams;

/** The audit history of one entity (auditors, officers, administrators). */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit")
public class AuditResource {

    @Inject
    AuditTrail audit;

    @GET
    @Operation(summary = "Audit records of one entity, oldest first, paged")
    public PageResponse<AuditEntryResponse> history(@QueryParam("entityType") @NotBlank @Size(max = 64) String entityType,
                                            @QueryParam("entityId") @NotBlank @Size(max = 64) String entityId,
                                            @QueryParam("page") String page, @QueryParam("size") String size) {
        return PageResponse.of(audit.history(entityType, entityId, QueryParams.page(page, size)), AuditEntryResponse::of);
    }
}
