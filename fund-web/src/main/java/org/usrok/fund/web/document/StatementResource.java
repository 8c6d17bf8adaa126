package org.usrok.fund.web.document;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.usrok.fund.web.api.ProblemFactory;

/** The calling company's statement: payments (paid, sent, returned) and recoveries. */
@Path("companies/me/statement.pdf")
@Produces({PdfDocument.MEDIA_TYPE, PdfDownload.PROBLEM})
@Tag(name = "Documents")
public class StatementResource {

    @Inject
    Documents documents;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "The calling company's statement: paid, returned, recovered (company users)")
    public Response statement() {
        return PdfDownload.of(documents.statement(ProblemFactory.locale(headers)));
    }
}
