package org.usrok.fund.web.document;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * The API's answer with a document: {@code application/pdf} as an attachment under the document's
 * file name, never cached by a shared cache. Each document has its own resource class, whose
 * {@code @Path} is more specific than the feature's (e.g. {@code rounds/{roundId}/allocation-report.pdf}
 * against {@code rounds}), so the API's matching reaches it.
 */
final class PdfDownload {

    static final String PROBLEM = "application/problem+json";

    private PdfDownload() {
    }

    static Response of(PdfDocument document) {
        return Response.ok(document.content(), PdfDocument.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + document.fileName() + "\"")
                .header(HttpHeaders.CONTENT_LENGTH, document.content().length)
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .build();
    }
}
