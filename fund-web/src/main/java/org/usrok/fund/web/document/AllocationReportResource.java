package org.usrok.fund.web.document;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.usrok.fund.web.api.ProblemFactory;

/** A round's allocation report (its committed scenario) for officers, auditors and administrators; 404 while nothing is committed. */
@Path("rounds/{roundId}/allocation-report.pdf")
@Produces({PdfDocument.MEDIA_TYPE, PdfDownload.PROBLEM})
@Tag(name = "Documents")
public class AllocationReportResource {

    @Inject
    Documents documents;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "A round's allocation report: the committed scenario, pools, shares by company and country, approvals (officers, auditors)")
    public Response allocationReport(@PathParam("roundId") long roundId) {
        return PdfDownload.of(documents.allocationReport(roundId, ProblemFactory.locale(headers)));
    }
}
