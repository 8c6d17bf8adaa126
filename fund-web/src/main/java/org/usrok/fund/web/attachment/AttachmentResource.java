package org.usrok.fund.web.attachment;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.usrok.fund.attachment.AttachmentStore;

import java.util.Base64;
import java.util.HexFormat;

/**
 * Downloads of evidence files, for the owning company's users, officers and auditors (anyone else
 * gets 404). The bytes are served as stored, with the type decided at upload, always as a download
 * ({@code Content-Disposition: attachment}), never sniffed or rendered by the browser, with their
 * SHA-256 as {@code Repr-Digest} (RFC 9530) and as hex in {@code X-Content-SHA256}.
 */
@Path("attachments")
@Tag(name = "Attachments")
public class AttachmentResource {

    static final String SHA256_HEADER = "X-Content-SHA256";

    @Inject
    AttachmentStore attachments;

    @GET
    @Path("{id}/content")
    @Operation(summary = "An attachment's bytes (the owning company's users, officers, auditors)")
    public Response content(@PathParam("id") long id) {
        var download = attachments.download(id);
        var attachment = download.attachment();
        return Response.ok(download.content(), attachment.contentType())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment(attachment.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .header("Repr-Digest", "sha-256=:" + Base64.getEncoder()
                        .encodeToString(HexFormat.of().parseHex(attachment.sha256())) + ":")
                .header(SHA256_HEADER, attachment.sha256())
                .build();
    }
}
