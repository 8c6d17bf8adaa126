package org.usrok.fund.web.payout;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
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
import org.usrok.fund.payout.PayoutAccountQuery;
import org.usrok.fund.payout.PayoutAccountService;
import org.usrok.fund.payout.PayoutAccountStatus;
import org.usrok.fund.payout.RejectPayoutAccount;
import org.usrok.fund.payout.VerifyPayoutAccount;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.web.api.IdempotentCreation;
import org.usrok.fund.web.api.PageResponse;
import org.usrok.fund.web.api.QueryParams;
import org.usrok.fund.web.api.VersionRequest;
import org.usrok.fund.web.audit.AuditEntryResponse;

import java.util.List;

/**
 * Payout bank accounts: registration (and change) by company users, verification or rejection by
 * officers of the company's country; account numbers masked for everyone else.
 */
@Path("payout-accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Payout accounts")
public class PayoutAccountResource {

    @Inject
    PayoutAccountService accounts;

    @Inject
    IdempotentCreation idempotent;

    @Context
    UriInfo uri;

    @POST
    @Operation(summary = "Register the caller's company's payout account for a currency; it replaces the current "
            + "one and is not paid until an officer of the company's country verifies it (company users)")
    public Response register(@HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
                             RegisterPayoutAccountRequest request) {
        RegisterPayoutAccountRequest body = request == null ? RegisterPayoutAccountRequest.EMPTY : request;
        return idempotent.create(idempotencyKey, "POST /payout-accounts", body, () -> {
            var created = PayoutAccountResponse.of(accounts.register(body.toCommand()));
            return new IdempotentCreation.Created(
                    uri.getBaseUriBuilder().path(PayoutAccountResource.class).path(String.valueOf(created.id())).build(),
                    created);
        });
    }

    @GET
    @Path("mine")
    @Operation(summary = "The caller's company's payout accounts: current ones first, then the history, newest first")
    public List<PayoutAccountResponse> mine() {
        return accounts.mine().stream().map(PayoutAccountResponse::of).toList();
    }

    @GET
    @Operation(summary = "Payout accounts of all companies, oldest first, paged (page from 0, size 1-200), filtered by "
            + "status, company country, currency, company id and part of the company's name (officers, auditors, "
            + "administrators)")
    public PageResponse<PayoutAccountResponse> list(
            @QueryParam("status") String status,
            @QueryParam("country") String country,
            @QueryParam("currency") String currency,
            @QueryParam("companyId") String companyId,
            @QueryParam("name") @Size(max = 200) String name,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        var query = new PayoutAccountQuery(QueryParams.enumValue(PayoutAccountStatus.class, "status", status),
                QueryParams.enumValue(CountryCode.class, "country", country),
                QueryParams.enumValue(CurrencyCode.class, "currency", currency),
                QueryParams.idValue("companyId", companyId), name);
        return PageResponse.of(accounts.list(query, QueryParams.page(page, size)), PayoutAccountResponse::of);
    }

    @GET
    @Path("korean-banks")
    @Operation(summary = "The Korean banks a KR_BANK account may be held at: KFTC code and names")
    public List<PayoutAccountResponse.Bank> koreanBanks() {
        return accounts.koreanBanks().stream()
                .map(b -> new PayoutAccountResponse.Bank(b.code(), b.nameEn(), b.nameKo())).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One payout account (company users see only their own)")
    public PayoutAccountResponse get(@PathParam("id") long id) {
        return PayoutAccountResponse.of(accounts.get(id));
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "The payout account's audit history, oldest first")
    public List<AuditEntryResponse> history(@PathParam("id") long id) {
        return accounts.history(id).stream().map(AuditEntryResponse::of).toList();
    }

    @POST
    @Path("{id}/verification")
    @Operation(summary = "Verify a pending payout account (officers of the company's country)")
    public PayoutAccountResponse verify(@PathParam("id") long id, VersionRequest request) {
        return PayoutAccountResponse.of(accounts.verify(new VerifyPayoutAccount(id, VersionRequest.of(request))));
    }

    @POST
    @Path("{id}/rejection")
    @Operation(summary = "Reject a pending payout account with a reason (officers of the company's country)")
    public PayoutAccountResponse reject(@PathParam("id") long id, RejectPayoutAccountRequest request) {
        return PayoutAccountResponse.of(accounts.reject(new RejectPayoutAccount(id,
                request == null ? null : request.expectedVersion(), request == null ? null : request.reason())));
    }
}
