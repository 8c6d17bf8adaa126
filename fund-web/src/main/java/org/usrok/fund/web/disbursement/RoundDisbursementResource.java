package org.usrok.fund.web.disbursement;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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
import org.usrok.fund.disbursement.BatchStatus;
import org.usrok.fund.disbursement.DisbursementService;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.web.api.IdempotentCreation;
import org.usrok.fund.web.api.InvalidQueryParameterException;
import org.usrok.fund.web.api.PageResponse;
import org.usrok.fund.web.api.QueryParams;

import java.util.List;

/** A round's disbursement batches: prepare one (officers of the paying government) and list them. */
@Path("rounds/{roundId}/disbursement-batches")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Disbursement")
public class RoundDisbursementResource {

    @Inject
    DisbursementService disbursements;

    @Inject
    IdempotentCreation idempotent;

    @Context
    UriInfo uri;

    @POST
    @Operation(summary = "Prepare a batch of the round's unpaid committed shares in one currency, one payment per "
            + "company to its verified payout account (officers of the paying government; the round is ALLOCATED)")
    public Response prepare(@HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
                            @PathParam("roundId") long roundId, PrepareBatchRequest request) {
        PrepareBatchRequest body = request == null ? new PrepareBatchRequest(null, null) : request;
        return idempotent.create(idempotencyKey, "POST /rounds/" + roundId + "/disbursement-batches", body, () -> {
            var created = BatchResponse.of(disbursements.prepare(body.toCommand(roundId)));
            return new IdempotentCreation.Created(uri.getBaseUriBuilder().path(DisbursementBatchResource.class)
                    .path(String.valueOf(created.id())).build(), created);
        });
    }

    @GET
    @Path("preview")
    @Operation(summary = "What a batch in ?currency=USD|KRW would pay now, per company, and whether each has a "
            + "verified payout account (officers)")
    public List<UnpaidSharesResponse> preview(@PathParam("roundId") long roundId,
                                              @QueryParam("currency") String currency) {
        CurrencyCode parsed = QueryParams.enumValue(CurrencyCode.class, "currency", currency);
        if (parsed == null) {
            throw new InvalidQueryParameterException("Query parameter 'currency' is required: USD or KRW");
        }
        return disbursements.unpaidShares(roundId, parsed).stream().map(UnpaidSharesResponse::of).toList();
    }

    @GET
    @Operation(summary = "The round's batches, newest first, optionally ?status=PREPARED|RELEASED|CANCELLED, paged "
            + "(officers, auditors, administrators)")
    public PageResponse<BatchSummaryResponse> list(@PathParam("roundId") long roundId,
                                                   @QueryParam("status") String status,
                                                   @QueryParam("page") String page, @QueryParam("size") String size) {
        return PageResponse.of(disbursements.list(roundId, QueryParams.enumValue(BatchStatus.class, "status", status),
                QueryParams.page(page, size)), BatchSummaryResponse::of);
    }
}
