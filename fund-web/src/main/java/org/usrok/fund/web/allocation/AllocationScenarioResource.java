package org.usrok.fund.web.allocation;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.usrok.fund.allocation.AllocationService;
import org.usrok.fund.web.api.InvalidQueryParameterException;
import org.usrok.fund.web.api.PageResponse;
import org.usrok.fund.web.api.QueryParams;
import org.usrok.fund.web.api.VersionRequest;

import java.util.ArrayList;
import java.util.List;

/**
 * One allocation scenario: read it, its shares and its certificate; propose it, approve it for
 * the caller's government (the second government's approval commits it), or decline it; compare
 * scenarios of a round.
 */
@Path("allocation-scenarios")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Allocation")
public class AllocationScenarioResource {

    @Inject
    AllocationService allocations;

    @GET
    @Path("comparison")
    @Operation(summary = "Two to six scenarios of one round side by side: ?ids=1,2 (officers, auditors)")
    public ComparisonResponse compare(@QueryParam("ids") List<String> ids) {
        List<Long> parsed = new ArrayList<>();
        for (String value : ids) {
            for (String part : value.split(",")) {
                Long id = QueryParams.idValue("ids", part);
                if (id != null) {
                    parsed.add(id);
                }
            }
        }
        if (parsed.size() < 2 || parsed.size() > 6) {
            throw new InvalidQueryParameterException("Query parameter 'ids' must name two to six scenarios, e.g. ids=1,2");
        }
        return ComparisonResponse.of(allocations.compare(parsed));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One scenario with its pools, leftovers, approvals and certificate digests")
    public ScenarioResponse get(@PathParam("id") long id) {
        return ScenarioResponse.of(allocations.get(id));
    }

    @GET
    @Path("{id}/shares")
    @Operation(summary = "The scenario's shares by claim id, paged")
    public PageResponse<ShareResponse> shares(@PathParam("id") long id, @QueryParam("page") String page,
                                              @QueryParam("size") String size) {
        return PageResponse.of(allocations.shares(id, QueryParams.page(page, size)), ShareResponse::of);
    }

    @GET
    @Path("{id}/certificate")
    @Produces(MediaType.TEXT_PLAIN + ";charset=UTF-8")
    @Operation(summary = "The scenario's allocation certificate (canonical text, see docs/allocation.md)")
    public String certificate(@PathParam("id") long id) {
        return allocations.certificate(id);
    }

    @POST
    @Path("{id}/proposal")
    @Operation(summary = "Propose the scenario for commitment (officers; one proposal per round at a time)")
    public ScenarioResponse propose(@PathParam("id") long id, VersionRequest request) {
        return ScenarioResponse.of(allocations.propose(id, VersionRequest.of(request)));
    }

    @POST
    @Path("{id}/approval")
    @Operation(summary = "Approve the proposed scenario for the caller's government (not the proposer); "
            + "the second government's approval commits it and posts the obligations to the ledger")
    public ScenarioResponse approve(@PathParam("id") long id, VersionRequest request) {
        return ScenarioResponse.of(allocations.approve(id, VersionRequest.of(request)));
    }

    @POST
    @Path("{id}/decline")
    @Operation(summary = "Decline the proposed scenario with a reason (officers; the proposer withdraws it this way)")
    public ScenarioResponse decline(@PathParam("id") long id, DeclineRequest request) {
        DeclineRequest body = request == null ? new DeclineRequest(null, null) : request;
        return ScenarioResponse.of(allocations.decline(id, body.expectedVersion(), body.reason()));
    }
}
