package org.usrok.fund.web.round;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.usrok.fund.round.RoundService;
import org.usrok.fund.round.RoundStatus;
import org.usrok.fund.web.api.IdempotentCreation;
import org.usrok.fund.web.api.PageResponse;
import org.usrok.fund.web.api.QueryParams;
import org.usrok.fund.web.api.VersionRequest;

/** Funding rounds: officers draft and revise them, one officer per government signs them off, companies read open ones. */
@Path("rounds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Rounds")
public class RoundResource {

    @Inject
    RoundService rounds;

    @Inject
    IdempotentCreation idempotent;

    @Context
    UriInfo uri;

    @POST
    @Operation(summary = "Draft a round (officers of either government)")
    public Response draft(@HeaderParam(IdempotentCreation.HEADER) String idempotencyKey, RoundRequest request) {
        RoundRequest body = request == null ? RoundRequest.empty() : request;
        return idempotent.create(idempotencyKey, "POST /rounds", body, () -> {
            var created = RoundResponse.of(rounds.draft(body.toCommand()));
            return new IdempotentCreation.Created(
                    uri.getBaseUriBuilder().path(RoundResource.class).path(String.valueOf(created.id())).build(),
                    created);
        });
    }

    @GET
    @Operation(summary = "Rounds, newest first, paged, optionally of one status (companies never see drafts)")
    public PageResponse<RoundResponse> list(@QueryParam("status") String status, @QueryParam("page") String page,
                                            @QueryParam("size") String size) {
        return PageResponse.of(rounds.list(QueryParams.enumValue(RoundStatus.class, "status", status),
                QueryParams.page(page, size)), RoundResponse::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One round (a draft only for officers, auditors and administrators)")
    public RoundResponse get(@PathParam("id") long id) {
        return RoundResponse.of(rounds.get(id));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Revise a draft round; withdraws the sign-offs given so far (officers)")
    public RoundResponse revise(@PathParam("id") long id, ReviseRoundRequest request) {
        ReviseRoundRequest body = request == null ? ReviseRoundRequest.empty() : request;
        return RoundResponse.of(rounds.revise(id, body.expectedVersion(), body.toCommand()));
    }

    @POST
    @Path("{id}/sign-off")
    @Operation(summary = "Sign a draft off for the caller's government; the second government's sign-off opens it "
            + "(officers other than the drafter)")
    public RoundResponse signOff(@PathParam("id") long id, VersionRequest request) {
        return RoundResponse.of(rounds.signOff(id, VersionRequest.of(request)));
    }

    @POST
    @Path("{id}/claims-closure")
    @Operation(summary = "Close an open round for claims once its claim window has passed (officers)")
    public RoundResponse closeClaims(@PathParam("id") long id, VersionRequest request) {
        return RoundResponse.of(rounds.closeClaims(id, VersionRequest.of(request)));
    }
}
