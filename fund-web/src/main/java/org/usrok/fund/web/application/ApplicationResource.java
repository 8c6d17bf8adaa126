package org.usrok.fund.web.application;

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
import org.usrok.fund.application.ApplicationQuery;
import org.usrok.fund.application.ApplicationService;
import org.usrok.fund.application.ApplicationStatus;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.web.api.FileUpload;
import org.usrok.fund.web.api.IdempotentCreation;
import org.usrok.fund.web.api.PageResponse;
import org.usrok.fund.web.api.ProblemFactory;
import org.usrok.fund.web.api.QueryParams;
import org.usrok.fund.web.api.VersionRequest;
import org.usrok.fund.web.attachment.AttachmentResponse;
import org.usrok.fund.web.attachment.AttachmentUploads;
import org.usrok.fund.web.audit.AuditEntryResponse;

import java.io.InputStream;
import java.util.List;

/**
 * Applications: company users apply, correct, attach evidence and submit for their own company;
 * officers of the company's country review and decide. Who may see which application is the
 * service's rule (another company's answers 404).
 */
@Path("applications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Applications")
public class ApplicationResource {

    @Inject
    ApplicationService applications;

    @Inject
    IdempotentCreation idempotent;

    @Inject
    AttachmentUploads uploads;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @POST
    @Operation(summary = "Start an application (a draft) to an open round (company users)")
    public Response apply(@HeaderParam(IdempotentCreation.HEADER) String idempotencyKey, ApplyRequest request) {
        ApplyRequest body = request == null ? new ApplyRequest(null, null) : request;
        return idempotent.create(idempotencyKey, "POST /applications", body, () -> {
            var created = ApplicationResponse.of(applications.apply(body.toCommand()));
            return new IdempotentCreation.Created(
                    uri.getBaseUriBuilder().path(ApplicationResource.class).path(String.valueOf(created.id())).build(),
                    created);
        });
    }

    @GET
    @Operation(summary = "Applications, newest first, paged, filtered by round, status and country "
            + "(company users see only their own)")
    public PageResponse<ApplicationSummaryResponse> list(@QueryParam("roundId") String roundId,
                                                         @QueryParam("status") String status,
                                                         @QueryParam("country") String country,
                                                         @QueryParam("page") String page,
                                                         @QueryParam("size") String size) {
        var query = new ApplicationQuery(QueryParams.idValue("roundId", roundId),
                QueryParams.enumValue(ApplicationStatus.class, "status", status),
                QueryParams.enumValue(CountryCode.class, "country", country));
        return PageResponse.of(applications.list(query, QueryParams.page(page, size)), ApplicationSummaryResponse::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One application with its plan and attachments")
    public ApplicationResponse get(@PathParam("id") long id) {
        return ApplicationResponse.of(applications.get(id));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Revise the plan of a draft or returned application (company users)")
    public ApplicationResponse revise(@PathParam("id") long id, RevisePlanRequest request) {
        RevisePlanRequest body = request == null ? new RevisePlanRequest(null, null) : request;
        return ApplicationResponse.of(applications.revise(id, body.expectedVersion(), PlanRequest.toPlan(body.plan())));
    }

    @POST
    @Path("{id}/submission")
    @Operation(summary = "Submit after the eligibility screen; 422 not-eligible lists every check (company users)")
    public ApplicationResponse submit(@PathParam("id") long id, VersionRequest request) {
        return ApplicationResponse.of(applications.submit(id, VersionRequest.of(request)));
    }

    @GET
    @Path("{id}/eligibility")
    @Operation(summary = "The eligibility screen as it would run now (company users, officers, auditors)")
    public EligibilityResponse eligibility(@PathParam("id") long id) {
        return EligibilityResponse.of(EligibilityCheckResponse.of(applications.eligibility(id),
                ProblemFactory.locale(headers)));
    }

    @POST
    @Path("{id}/review")
    @Operation(summary = "Take a submitted application under review (officers of the company's country)")
    public ApplicationResponse startReview(@PathParam("id") long id, VersionRequest request) {
        return ApplicationResponse.of(applications.startReview(id, VersionRequest.of(request)));
    }

    @POST
    @Path("{id}/decision")
    @Operation(summary = "Approve, reject or return an application under review (officers of the company's country)")
    public ApplicationResponse decide(@PathParam("id") long id, DecideApplicationRequest request) {
        return ApplicationResponse.of(applications.decide(DecideApplicationRequest.toCommand(id, request)));
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "The application's audit history, oldest first")
    public List<AuditEntryResponse> history(@PathParam("id") long id) {
        return applications.history(id).stream().map(AuditEntryResponse::of).toList();
    }

    @POST
    @Path("{id}/attachments")
    @Consumes(MediaType.WILDCARD)
    @FileUpload
    @Operation(summary = "Attach evidence: the raw file as the body, its name in ?filename= "
            + "(PDF, PNG, JPEG, XLSX or CSV by content; company users, draft or returned applications)")
    public Response attach(@HeaderParam(IdempotentCreation.HEADER) String idempotencyKey, @PathParam("id") long id,
                           @QueryParam("filename") String filename, InputStream body) {
        return uploads.upload(idempotencyKey, "applications", id, filename, body, headers.getLength(),
                uri.getBaseUriBuilder(), file -> applications.attach(id, file));
    }

    @GET
    @Path("{id}/attachments")
    @Operation(summary = "The application's attachments")
    public List<AttachmentResponse> attachments(@PathParam("id") long id) {
        return applications.get(id).attachments().stream().map(AttachmentResponse::of).toList();
    }
}
