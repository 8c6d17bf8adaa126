package org.usrok.fund.web.reference;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.usrok.fund.reference.ReferenceDataService;
import org.usrok.fund.shared.EntityNotFoundException;
import org.usrok.fund.web.api.IdempotentCreation;
import org.usrok.fund.web.api.QueryParams;

import java.util.List;

/** Critical materials and cost categories: everyone reads them, administrators maintain them. */
@Path("reference")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data")
public class ReferenceDataResource {

    @Inject
    ReferenceDataService reference;

    @Inject
    IdempotentCreation idempotent;

    @Inject
    Validator validator;

    @Context
    UriInfo uri;

    @GET
    @Path("materials")
    @Operation(summary = "Critical materials by code; retired ones only with includeInactive=true (all roles)")
    public List<MaterialResponse> materials(@QueryParam("includeInactive") String includeInactive) {
        return reference.materials(QueryParams.booleanValue("includeInactive", includeInactive, false)).stream()
                .map(MaterialResponse::of).toList();
    }

    @GET
    @Path("materials/{code}")
    @Operation(summary = "One critical material, active or retired (all roles)")
    public MaterialResponse material(@PathParam("code") String code) {
        return reference.materials(true).stream().filter(m -> m.code().equals(code)).findFirst()
                .map(MaterialResponse::of)
                .orElseThrow(() -> new EntityNotFoundException("CriticalMaterial", code));
    }

    @POST
    @Path("materials")
    @Operation(summary = "Add a critical material that neither government list names yet (administrators)")
    public Response addMaterial(@HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
                                AddMaterialRequest request) {
        AddMaterialRequest body = request == null ? new AddMaterialRequest(null, null, null, null) : request;
        return idempotent.create(idempotencyKey, "POST /reference/materials", body, () -> {
            var created = MaterialResponse.of(reference.addMaterial(body.toCommand()));
            return new IdempotentCreation.Created(uri.getBaseUriBuilder().path(ReferenceDataResource.class)
                    .path("materials").path(created.code()).build(), created);
        });
    }

    @PUT
    @Path("materials/{code}/active")
    @Operation(summary = "Retire or reactivate a critical material (administrators)")
    public MaterialResponse setMaterialActive(@PathParam("code") String code, ActiveRequest request) {
        return MaterialResponse.of(reference.setMaterialActive(code, active(request)));
    }

    @GET
    @Path("cost-categories")
    @Operation(summary = "Cost categories by code; retired ones only with includeInactive=true (all roles)")
    public List<CostCategoryResponse> costCategories(@QueryParam("includeInactive") String includeInactive) {
        return reference.costCategories(QueryParams.booleanValue("includeInactive", includeInactive, false)).stream()
                .map(CostCategoryResponse::of).toList();
    }

    @PUT
    @Path("cost-categories/{code}/active")
    @Operation(summary = "Retire or reactivate a cost category (administrators)")
    public CostCategoryResponse setCategoryActive(@PathParam("code") String code, ActiveRequest request) {
        return CostCategoryResponse.of(reference.setCategoryActive(code, active(request)));
    }

    private boolean active(ActiveRequest request) {
        ActiveRequest body = request == null ? new ActiveRequest(null) : request;
        var violations = validator.validate(body);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return body.active();
    }
}
