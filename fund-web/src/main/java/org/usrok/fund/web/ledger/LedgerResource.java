package org.usrok.fund.web.ledger;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.usrok.fund.ledger.LedgerService;
import org.usrok.fund.ledger.bundle.BundleManifest;
import org.usrok.fund.ledger.reconciliation.ReconciliationService;
import org.usrok.fund.web.api.PageResponse;
import org.usrok.fund.web.api.QueryParams;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;

/** The ledger, read-only (auditors and officers), and its export bundle for auditors. */
@Path("ledger")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Ledger")
public class LedgerResource {

    static final String ZIP = "application/zip";

    @Inject
    LedgerService ledger;

    @Inject
    VerifierJar verifierJar;

    @Inject
    ReconciliationService reconciliation;

    @Context
    UriInfo uri;

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

    /**
     * The auditors' export bundle as a ZIP download. The bundle is built into memory inside the
     * service call, so the role check, the database reads and any failure all happen before the
     * response starts: a refused caller gets a proper 403 problem, never a truncated ZIP, and no
     * transaction stays open while a slow client downloads. The journal is at most tens of
     * thousands of entries, a few megabytes compressed, so holding it in memory is cheap.
     */
    @GET
    @Path("export")
    @Produces(ZIP)
    @Operation(summary = "The auditors' export bundle (manifest, accounts, journal, hashes, balances) as one ZIP; "
            + "verify it offline with the verifier jar of GET /ledger/verifier")
    public Response export() {
        ByteArrayOutputStream bundle = new ByteArrayOutputStream(1 << 16);
        BundleManifest manifest = ledger.exportBundle(bundle);
        byte[] bytes = bundle.toByteArray();
        StreamingOutput body = out -> out.write(bytes);
        String filename = manifest.fileName();
        return Response.ok(body, ZIP)
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"")
                .header("Content-Length", bytes.length)
                .build();
    }

    /**
     * The offline verifier this server offers, to every signed-in user (it holds no data of the
     * fund): version, commit, the jar's SHA-256 and size, and the absolute link to download it.
     */
    @GET
    @Path("verifier")
    @Operation(summary = "The offline bundle verifier's version, commit, SHA-256, size and download link")
    public VerifierResponse verifier() {
        return VerifierResponse.of(verifierJar.get(),
                uri.getBaseUriBuilder().path(VerifierResponse.DOWNLOAD_PATH).build().toString());
    }

    /** The verifier's runnable jar: {@code java -jar fund-ledger-verifier-<version>.jar bundle.zip}. */
    @GET
    @Path("verifier/jar")
    @Produces(VerifierJar.MEDIA_TYPE)
    @Operation(summary = "The offline bundle verifier as a runnable jar (needs only a JDK 17 or later)")
    public Response verifierJar() {
        VerifierJar.Jar jar = verifierJar.get();
        return Response.ok(jar.bytes(), VerifierJar.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + jar.fileName() + "\"")
                .header("Content-Length", jar.size())
                .build();
    }

    /**
     * Every account with its debit total, credit total and balance over the entries effective on
     * or before {@code asOf} ({@code yyyy-MM-dd}); without it, over all entries.
     */
    @GET
    @Path("balances")
    @Operation(summary = "Every account's debit and credit totals and balance, optionally as of an effective date")
    public BalancesResponse balances(@QueryParam("asOf") String asOf) {
        LocalDate date = QueryParams.date("asOf", asOf);
        return new BalancesResponse(date, ledger.balancesAsOf(date).stream().map(AccountTotalsResponse::of).toList());
    }

    @GET
    @Path("verification")
    @Operation(summary = "Recompute the whole hash chain: OK with the head hash, or the first bad entry")
    public ChainVerificationResponse verify() {
        return ChainVerificationResponse.of(ledger.verifyChain());
    }

    @GET
    @Path("reconciliation")
    @Operation(summary = "Reconcile every money record with its journal entry: totals per kind and every difference")
    public ReconciliationResponse reconcile() {
        return ReconciliationResponse.of(reconciliation.reconcile());
    }
}
