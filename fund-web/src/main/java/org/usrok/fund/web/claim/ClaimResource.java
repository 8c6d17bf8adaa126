package org.usrok.fund.web.claim;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.usrok.fund.claim.ClaimQuery;
import org.usrok.fund.claim.ClaimService;
import org.usrok.fund.claim.ClaimStatus;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.web.api.FileUpload;
import org.usrok.fund.web.api.IdempotentCreation;
import org.usrok.fund.web.api.PageResponse;
import org.usrok.fund.web.api.QueryParams;
import org.usrok.fund.web.api.VersionRequest;
import org.usrok.fund.web.attachment.AttachmentResponse;
import org.usrok.fund.web.attachment.AttachmentUploads;
import org.usrok.fund.web.audit.AuditEntryResponse;

import java.io.InputStream;
import java.util.List;

/**
 * Claims: company users file, correct, attach evidence and submit under an approved application;
 * an officer of the company's country reviews (approved amount per line), another decides. Who may
 * see which claim is the service's rule (another company's answers 404).
 */
@Path("claims")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Claims")
public class ClaimResource {

    @Inject
    ClaimService claims;

    @Inject
    IdempotentCreation idempotent;

    @Inject
    AttachmentUploads uploads;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @POST
    @Operation(summary = "File a claim (a draft) under an approved application, in the claim window (company users)")
    public Response file(@HeaderParam(IdempotentCreation.HEADER) String idempotencyKey, FileClaimRequest request) {
        FileClaimRequest body = request == null ? new FileClaimRequest(null, null, null) : request;
        return idempotent.create(idempotencyKey, "POST /claims", body, () -> {
            var created = ClaimResponse.of(claims.file(body.toCommand()));
            return new IdempotentCreation.Created(
                    uri.getBaseUriBuilder().path(ClaimResource.class).path(String.valueOf(created.id())).build(),
                    created);
        });
    }

    @GET
    @Operation(summary = "Claims, newest first, paged, filtered by round, status, country and overdue "
            + "(company users see only their own)")
    public PageResponse<ClaimSummaryResponse> list(@QueryParam("roundId") String roundId,
                                                   @QueryParam("status") String status,
                                                   @QueryParam("country") String country,
                                                   @QueryParam("overdue") String overdue,
                                                   @QueryParam("page") String page,
                                                   @QueryParam("size") String size) {
        var query = new ClaimQuery(QueryParams.idValue("roundId", roundId),
                QueryParams.enumValue(ClaimStatus.class, "status", status),
                QueryParams.enumValue(CountryCode.class, "country", country),
                QueryParams.optionalBooleanValue("overdue", overdue));
        return PageResponse.of(claims.list(query, QueryParams.page(page, size)), ClaimSummaryResponse::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One claim with its lines, amounts and attachments")
    public ClaimResponse get(@PathParam("id") long id) {
        return ClaimResponse.of(claims.get(id));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Rewrite the title and lines of a draft or returned claim (company users)")
    public ClaimResponse revise(@PathParam("id") long id, ReviseClaimRequest request) {
        ReviseClaimRequest body = request == null ? new ReviseClaimRequest(null, null, null) : request;
        return ClaimResponse.of(claims.revise(id, body.expectedVersion(), body.toCommand()));
    }

    @POST
    @Path("{id}/submission")
    @Operation(summary = "Submit a draft or returned claim, in the claim window (company users)")
    public ClaimResponse submit(@PathParam("id") long id, VersionRequest request) {
        return ClaimResponse.of(claims.submit(id, VersionRequest.of(request)));
    }

    @POST
    @Path("{id}/review")
    @Operation(summary = "Take a submitted claim under review (officers of the company's country)")
    public ClaimResponse startReview(@PathParam("id") long id, VersionRequest request) {
        return ClaimResponse.of(claims.startReview(id, VersionRequest.of(request)));
    }

    @POST
    @Path("{id}/review-result")
    @Operation(summary = "Complete the review with an approved amount per line; reductions need a reason "
            + "(the officer who took it under review)")
    public ClaimResponse completeReview(@PathParam("id") long id, ReviewResultRequest request) {
        return ClaimResponse.of(claims.completeReview(ReviewResultRequest.toCommand(id, request)));
    }

    @POST
    @Path("{id}/decision")
    @Operation(summary = "Approve or reject a reviewed claim (another officer than the reviewer), "
            + "or return or reject it during review (the reviewer)")
    public ClaimResponse decide(@PathParam("id") long id, DecideClaimRequest request) {
        return ClaimResponse.of(claims.decide(DecideClaimRequest.toCommand(id, request)));
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "The claim's audit history, oldest first")
    public List<AuditEntryResponse> history(@PathParam("id") long id) {
        return claims.history(id).stream().map(AuditEntryResponse::of).toList();
    }

    @POST
    @Path("{id}/attachments")
    @Consumes(MediaType.WILDCARD)
    @FileUpload
    @Operation(summary = "Attach evidence: the raw file as the body, its name in ?filename= "
            + "(PDF, PNG, JPEG, XLSX or CSV by content; company users, draft or returned claims)")
    public Response attach(@HeaderParam(IdempotentCreation.HEADER) String idempotencyKey, @PathParam("id") long id,
                           @QueryParam("filename") String filename, InputStream body) {
        return uploads.upload(idempotencyKey, "claims", id, filename, body, headers.getLength(),
                uri.getBaseUriBuilder(), file -> claims.attach(id, file));
    }

    @GET
    @Path("{id}/attachments")
    @Operation(summary = "The claim's attachments")
    public List<AttachmentResponse> attachments(@PathParam("id") long id) {
        return claims.get(id).attachments().stream().map(AttachmentResponse::of).toList();
    }
}
