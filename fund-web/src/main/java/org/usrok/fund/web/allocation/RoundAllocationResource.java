package org.usrok.fund.web.allocation;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.usrok.fund.allocation.AllocationService;
import org.usrok.fund.web.api.IdempotentCreation;

import java.util.List;

/** A round's allocation scenarios: run one (officers, once the round's claims are closed) and list them. */
@Path("rounds/{roundId}/allocation-scenarios")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Allocation")
public class RoundAllocationResource {

    @Inject
    AllocationService allocations;

    @Inject
    IdempotentCreation idempotent;

    @Context
    UriInfo uri;

    @POST
    @Operation(summary = "Simulate an allocation scenario on the round's approved claims and received contributions "
            + "(officers; the round's claims must be closed)")
    public Response simulate(@HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
                             @PathParam("roundId") long roundId, RunScenarioRequest request) {
        RunScenarioRequest body = request == null ? RunScenarioRequest.empty() : request;
        return idempotent.create(idempotencyKey, "POST /rounds/" + roundId + "/allocation-scenarios", body, () -> {
            var created = ScenarioResponse.of(allocations.simulate(body.toCommand(roundId)));
            return new IdempotentCreation.Created(uri.getBaseUriBuilder().path(AllocationScenarioResource.class)
                    .path(String.valueOf(created.id())).build(), created);
        });
    }

    @GET
    @Operation(summary = "The round's scenarios, newest first (officers, auditors)")
    public List<ScenarioSummaryResponse> list(@PathParam("roundId") long roundId) {
        return allocations.list(roundId).stream().map(ScenarioSummaryResponse::of).toList();
    }
}
