package org.usrok.fund.web.attachment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.Response;
import org.usrok.fund.attachment.AttachmentSummary;
import org.usrok.fund.attachment.UploadFile;
import org.usrok.fund.shared.Sha256;
import org.usrok.fund.web.api.IdempotentCreation;
import org.usrok.fund.web.api.InvalidQueryParameterException;
import org.usrok.fund.web.api.Uploads;

import java.io.InputStream;
import java.util.function.Function;

/**
 * An upload to an application or a claim: the body is the file's raw bytes (whatever
 * Content-Type it declares: the store decides the type from the content) and the file's name is
 * the {@code filename} query parameter. Answers 201 with the attachment and a Location to its
 * content; an Idempotency-Key makes a retry return the first upload instead of storing a copy.
 */
@ApplicationScoped
public class AttachmentUploads {

    @Inject
    Uploads uploads;

    @Inject
    IdempotentCreation idempotent;

    /**
     * @param owner "applications" or "claims", for the idempotency scope
     * @param store the owning service's attach call, which checks who may attach what and when
     */
    public Response upload(String idempotencyKey, String owner, long ownerId, String filename, InputStream body,
                           long declaredLength, UriBuilder base, Function<UploadFile, AttachmentSummary> store) {
        if (filename == null || filename.isBlank()) {
            throw new InvalidQueryParameterException(
                    "Query parameter 'filename' is required: the file's name with its extension, e.g. invoice.pdf");
        }
        byte[] content = uploads.read(body, declaredLength);
        var fingerprint = new UploadFingerprint(owner, ownerId, filename, Sha256.hex(content));
        return idempotent.create(idempotencyKey, "POST /" + owner + "/{id}/attachments", fingerprint, () -> {
            var created = AttachmentResponse.of(store.apply(new UploadFile(filename, content)));
            return new IdempotentCreation.Created(
                    base.path(AttachmentResource.class).path(String.valueOf(created.id())).path("content").build(),
                    created);
        });
    }
}
