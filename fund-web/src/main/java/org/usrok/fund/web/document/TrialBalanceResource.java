package org.usrok.fund.web.document;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.usrok.fund.web.api.ProblemFactory;
import org.usrok.fund.web.api.QueryParams;

/** The trial balance as of {@code asOf} (yyyy-MM-dd, today in UTC when left out) for officers and auditors. */
@Path("ledger/trial-balance.pdf")
@Produces({PdfDocument.MEDIA_TYPE, PdfDownload.PROBLEM})
@Tag(name = "Documents")
public class TrialBalanceResource {

    @Inject
    Documents documents;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "The trial balance as of a date (officers, auditors)")
    public Response trialBalance(@QueryParam("asOf") String asOf) {
        return PdfDownload.of(documents.trialBalance(QueryParams.date("asOf", asOf), ProblemFactory.locale(headers)));
    }
}
