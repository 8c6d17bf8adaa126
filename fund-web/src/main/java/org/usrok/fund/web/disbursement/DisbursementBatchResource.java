package org.usrok.fund.web.disbursement;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.usrok.fund.disbursement.DisbursementService;
import org.usrok.fund.disbursement.FileKind;
import org.usrok.fund.disbursement.PaymentFile;
import org.usrok.fund.web.api.IdempotentCreation;
import org.usrok.fund.web.api.VersionRequest;

/**
 * One disbursement batch: its details; release (a second officer of the paying government: posts the
 * ledger and produces the files), cancellation; the pain.001 and remittance report as downloads; and
 * the bank's status file.
 */
@Path("disbursement-batches")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Disbursement")
public class DisbursementBatchResource {

    static final String CSV = "text/csv";

    @Inject
    DisbursementService disbursements;

    @Inject
    IdempotentCreation idempotent;

    static String path(FileKind kind) {
        return kind == FileKind.PAIN_001 ? "pain001" : "remittance";
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One batch with its payments, skipped companies, totals per payment status and files "
            + "(officers, auditors, administrators)")
    public BatchResponse get(@PathParam("id") long id) {
        return BatchResponse.of(disbursements.get(id));
    }

    @POST
    @Path("{id}/release")
    @Operation(summary = "Release the prepared batch (an officer of the paying government other than the preparer): "
            + "holds payments whose account changed, posts the release entry, stores the pain.001 and the CSV")
    public Response release(@HeaderParam(IdempotentCreation.HEADER) String idempotencyKey, @PathParam("id") long id,
                            VersionRequest request) {
        VersionRequest body = request == null ? new VersionRequest(null) : request;
        return idempotent.perform(idempotencyKey, "POST /disbursement-batches/" + id + "/release", body,
                () -> BatchResponse.of(disbursements.release(id, body.expectedVersion())));
    }

    @POST
    @Path("{id}/cancellation")
    @Operation(summary = "Cancel the prepared batch with a reason; its shares become payable again")
    public BatchResponse cancel(@PathParam("id") long id, CancelBatchRequest request) {
        CancelBatchRequest body = request == null ? new CancelBatchRequest(null, null) : request;
        return BatchResponse.of(disbursements.cancel(id, body.expectedVersion(), body.reason()));
    }

    @GET
    @Path("{id}/files/pain001")
    @Produces({MediaType.APPLICATION_XML, MediaType.APPLICATION_JSON})
    @Operation(summary = "The released batch's ISO 20022 pain.001 as stored (officers, auditors)")
    public Response pain001(@PathParam("id") long id) {
        return download(disbursements.file(id, FileKind.PAIN_001));
    }

    @GET
    @Path("{id}/files/remittance")
    @Produces({CSV, MediaType.APPLICATION_JSON})
    @Operation(summary = "The released batch's remittance report (CSV) as stored (officers, auditors)")
    public Response remittance(@PathParam("id") long id) {
        return download(disbursements.file(id, FileKind.REMITTANCE_CSV));
    }

    @POST
    @Path("{id}/status-file")
    @Consumes({CSV, MediaType.TEXT_PLAIN})
    @Operation(summary = "Record the bank's status file (CSV end_to_end_id,status,date,bank_reference,reason), "
            + "all or nothing; a wrong line refuses the file with 422 naming every wrong line")
    public BatchResponse statusFile(@PathParam("id") long id, String csv) {
        return BatchResponse.of(disbursements.importStatusFile(id, csv == null ? "" : csv));
    }

    private static Response download(PaymentFile file) {
        String name = file.fileName().replaceAll("[^A-Za-z0-9._-]", "_");
        return Response.ok(file.content(), file.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .header("X-Content-SHA256", file.sha256())
                .build();
    }
}
