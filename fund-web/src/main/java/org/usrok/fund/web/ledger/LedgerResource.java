package org.usrok.fund.web.ledger;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.usrok.fund.ledger.LedgerService;
import org.usrok.fund.web.api.PageResponse;
import org.usrok.fund.web.api.QueryParams;

import java.util.List;

/** The ledger, read-only (auditors and officers). */
@Path("ledger")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Ledger")
public class LedgerResource {

    @Inject
    LedgerService ledger;

    @GET
    @Path("entries")
    @Operation(summary = "The journal, newest entry first, paged")
    public PageResponse<JournalEntryResponse> journal(@QueryParam("page") String page, @QueryParam("size") String size) {
        return PageResponse.of(ledger.journal(QueryParams.page(page, size)), JournalEntryResponse::of);
    }

    @GET
    @Path("entries/{sequence}")
    @Operation(summary = "One entry with its lines, hash and previous hash")
    public JournalEntryResponse entry(@PathParam("sequence") long sequence) {
        return JournalEntryResponse.of(ledger.entry(sequence));
    }

    @GET
    @Path("trial-balance")
    @Operation(summary = "Every account's balance (debits minus credits); per currency they sum to zero")
    public List<AccountBalanceResponse> trialBalance() {
        return ledger.trialBalance().stream().map(AccountBalanceResponse::of).toList();
    }

    @GET
    @Path("verification")
    @Operation(summary = "Recompute the whole hash chain: OK with the head hash, or the first bad entry")
    public ChainVerificationResponse verify() {
        return ChainVerificationResponse.of(ledger.verifyChain());
    }
}
