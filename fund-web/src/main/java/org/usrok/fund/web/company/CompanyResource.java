package org.usrok.fund.web.company;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.usrok.fund.company.CompanyQuery;
import org.usrok.fund.company.CompanyService;
import org.usrok.fund.company.CompanyStatus;
import org.usrok.fund.company.RejectCompany;
import org.usrok.fund.company.VerifyCompany;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.web.api.IdempotentCreation;
import org.usrok.fund.web.api.PageResponse;
import org.usrok.fund.web.api.QueryParams;

/** Companies: registration by company users, verification or rejection by officers of the same country. */
@Path("companies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Companies")
public class CompanyResource {

    @Inject
    CompanyService companies;

    @Inject
    IdempotentCreation idempotent;

    @Context
    UriInfo uri;

    @POST
    @Operation(summary = "Register the caller's company (company users; one company per user)")
    public Response register(@HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
                             RegisterCompanyRequest request) {
        RegisterCompanyRequest body = request == null ? emptyRequest() : request;
        return idempotent.create(idempotencyKey, "POST /companies", body, () -> {
            var created = CompanyResponse.of(companies.register(body.toCommand()));
            return new IdempotentCreation.Created(
                    uri.getBaseUriBuilder().path(CompanyResource.class).path(String.valueOf(created.id())).build(),
                    created);
        });
    }

    private static RegisterCompanyRequest emptyRequest() {
        return new RegisterCompanyRequest(null, null, null, null, null, null, null, null, null, null, null, null);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One company (company users see only their own)")
    public CompanyResponse get(@PathParam("id") long id) {
        return CompanyResponse.of(companies.get(id));
    }

    @GET
    @Operation(summary = "Companies, paged (page from 0, size 1-200), filtered by country, status and name; "
            + "sort by LEGAL_NAME, COUNTRY, STATUS or REGISTERED_AT, ties broken by id")
    public PageResponse<CompanySummaryResponse> list(
            @QueryParam("country") String country,
            @QueryParam("status") String status,
            @QueryParam("name") @Size(max = 200) String name,
            @QueryParam("sort") String sort,
            @QueryParam("descending") String descending,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        var query = new CompanyQuery(QueryParams.enumValue(CountryCode.class, "country", country),
                QueryParams.enumValue(CompanyStatus.class, "status", status), name,
                QueryParams.enumValue(CompanyQuery.SortField.class, "sort", sort),
                QueryParams.booleanValue("descending", descending, true));
        return PageResponse.of(companies.list(query, QueryParams.page(page, size)), CompanySummaryResponse::of);
    }

    @POST
    @Path("{id}/verification")
    @Operation(summary = "Verify a pending company (officers of the company's country)")
    public CompanyResponse verify(@PathParam("id") long id, VerifyCompanyRequest request) {
        return CompanyResponse.of(companies.verify(new VerifyCompany(id, request == null ? null : request.expectedVersion())));
    }

    @POST
    @Path("{id}/rejection")
    @Operation(summary = "Reject a pending company with a reason (officers of the company's country)")
    public CompanyResponse reject(@PathParam("id") long id, RejectCompanyRequest request) {
        return CompanyResponse.of(companies.reject(new RejectCompany(id,
                request == null ? null : request.expectedVersion(), request == null ? null : request.reason())));
    }
}
