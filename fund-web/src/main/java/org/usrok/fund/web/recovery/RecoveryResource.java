package org.usrok.fund.web.recovery;

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
import org.usrok.fund.recovery.RecoveryQuery;
import org.usrok.fund.recovery.RecoveryService;
import org.usrok.fund.recovery.RecoveryStatus;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.web.api.IdempotentCreation;
import org.usrok.fund.web.api.InvalidQueryParameterException;
import org.usrok.fund.web.api.PageResponse;
import org.usrok.fund.web.api.QueryParams;
import org.usrok.fund.web.api.VersionRequest;

import java.util.List;

/**
 * Recoveries (clawbacks) of money paid in error: officers of the company's country open them
 * (with an optional Idempotency-Key), a second officer approves or rejects, the opener may
 * withdraw, and officers record the receipts; officers, auditors and administrators read them;
 * a company reads its own approved recoveries at {@code /mine}.
 */
@Path("recoveries")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Recoveries")
public class RecoveryResource {

    @Inject
    RecoveryService recoveries;

    @Inject
    IdempotentCreation idempotent;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Recoveries, newest first, paged, optionally of one status and one company (officers, auditors)")
    public PageResponse<RecoverySummaryResponse> list(@QueryParam("status") String status,
                                                      @QueryParam("companyId") String companyId,
                                                      @QueryParam("page") String page,
                                                      @QueryParam("size") String size) {
        return PageResponse.of(recoveries.list(new RecoveryQuery(
                QueryParams.enumValue(RecoveryStatus.class, "status", status),
                QueryParams.idValue("companyId", companyId)), QueryParams.page(page, size)),
                RecoverySummaryResponse::of);
    }

    @GET
    @Path("mine")
    @Operation(summary = "The calling company's approved recoveries with receipts and what is outstanding (company users)")
    public List<RecoveryResponse> mine() {
        return recoveries.myRecoveries().stream().map(RecoveryResponse::of).toList();
    }

    @GET
    @Path("recoverable")
    @Operation(summary = "What can still be recovered from a company in a currency: ?companyId=&currency= (officers, auditors)")
    public RecoverableResponse recoverable(@QueryParam("companyId") String companyId,
                                           @QueryParam("currency") String currency) {
        Long company = QueryParams.idValue("companyId", companyId);
        CurrencyCode cur = QueryParams.enumValue(CurrencyCode.class, "currency", currency);
        if (company == null || cur == null) {
            throw new InvalidQueryParameterException("Query parameters 'companyId' and 'currency' are required");
        }
        return RecoverableResponse.of(recoveries.recoverable(company, cur));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One recovery with its receipts and journal entries (a company: only its own approved ones)")
    public RecoveryResponse get(@PathParam("id") long id) {
        return RecoveryResponse.of(recoveries.get(id));
    }

    @POST
    @Operation(summary = "Open a recovery from a company of the caller's country (officers; at most what was paid "
            + "to it in the currency less its other recoveries)")
    public Response open(@HeaderParam(IdempotentCreation.HEADER) String idempotencyKey, OpenRecoveryRequest request) {
        OpenRecoveryRequest body = request == null ? OpenRecoveryRequest.empty() : request;
        return idempotent.create(idempotencyKey, "POST /recoveries", body, () -> {
            var created = RecoveryResponse.of(recoveries.open(body.toCommand()));
            return new IdempotentCreation.Created(uri.getBaseUriBuilder().path(RecoveryResource.class)
                    .path(String.valueOf(created.id())).build(), created);
        });
    }

    @POST
    @Path("{id}/approval")
    @Operation(summary = "Approve an opened recovery (another officer of the company's country than the opener); "
            + "posts the receivable to the ledger")
    public RecoveryResponse approve(@PathParam("id") long id, VersionRequest request) {
        return RecoveryResponse.of(recoveries.approve(id, VersionRequest.of(request)));
    }

    @POST
    @Path("{id}/rejection")
    @Operation(summary = "Reject an opened recovery with a reason (another officer of the company's country than the opener)")
    public RecoveryResponse reject(@PathParam("id") long id, RecoveryDecisionRequest request) {
        RecoveryDecisionRequest body = RecoveryDecisionRequest.of(request);
        return RecoveryResponse.of(recoveries.reject(id, body.expectedVersion(), body.reason()));
    }

    @POST
    @Path("{id}/withdrawal")
    @Operation(summary = "Withdraw an opened recovery (its opener only; reason optional)")
    public RecoveryResponse withdraw(@PathParam("id") long id, RecoveryDecisionRequest request) {
        RecoveryDecisionRequest body = RecoveryDecisionRequest.of(request);
        return RecoveryResponse.of(recoveries.withdraw(id, body.expectedVersion(), body.reason()));
    }

    @POST
    @Path("{id}/receipts")
    @Operation(summary = "Record money the company paid back (officers of its country; never more than outstanding); "
            + "posts it to the ledger")
    public Response recordReceipt(@PathParam("id") long id,
                                  @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
                                  RecoveryReceiptRequest request) {
        RecoveryReceiptRequest body = request == null ? RecoveryReceiptRequest.empty() : request;
        return idempotent.create(idempotencyKey, "POST /recoveries/" + id + "/receipts", body, () ->
                new IdempotentCreation.Created(uri.getBaseUriBuilder().path(RecoveryResource.class)
                        .path(String.valueOf(id)).build(), RecoveryResponse.of(recoveries.recordReceipt(body.toCommand(id)))));
    }
}
