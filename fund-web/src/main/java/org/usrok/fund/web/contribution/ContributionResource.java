package org.usrok.fund.web.contribution;

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
import org.usrok.fund.contribution.ContributionService;
import org.usrok.fund.web.api.IdempotentCreation;

import java.util.List;

/** The governments' contributions to a round: pledged vs received (officers, auditors, administrators), receipts (the paying government's officers). */
@Path("rounds/{id}/contributions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Contributions")
public class ContributionResource {

    @Inject
    ContributionService contributions;

    @Inject
    IdempotentCreation idempotent;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Pledged, received and outstanding per government, with the receipts and their journal entries")
    public List<ContributionResponse> status(@PathParam("id") long roundId) {
        return contributions.status(roundId).stream().map(ContributionResponse::of).toList();
    }

    @POST
    @Path("receipts")
    @Operation(summary = "Record money received from a government (an officer of that government; never above the "
            + "outstanding pledge)")
    public Response recordReceipt(@PathParam("id") long roundId,
                                  @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
                                  ReceiptRequest request) {
        ReceiptRequest body = request == null ? ReceiptRequest.empty() : request;
        return idempotent.create(idempotencyKey, "POST /rounds/" + roundId + "/contributions/receipts", body, () ->
                new IdempotentCreation.Created(uri.getBaseUriBuilder().path(ContributionResource.class)
                        .build(roundId), ReceiptResponse.of(contributions.recordReceipt(body.toCommand(roundId)))));
    }
}
