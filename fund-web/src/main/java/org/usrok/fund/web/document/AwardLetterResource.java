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

/** The calling company's award letter for a committed allocation it holds shares in, in the language of {@code Accept-Language}; another company's is 403 {@code award-letter-not-yours}. */
@Path("allocations/{scenarioId}/award-letter.pdf")
@Produces({PdfDocument.MEDIA_TYPE, PdfDownload.PROBLEM})
@Tag(name = "Documents")
public class AwardLetterResource {

    @Inject
    Documents documents;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "The calling company's award letter for a committed allocation (company users)")
    public Response awardLetter(@PathParam("scenarioId") long scenarioId) {
        return PdfDownload.of(documents.awardLetter(scenarioId, ProblemFactory.locale(headers)));
    }
}
