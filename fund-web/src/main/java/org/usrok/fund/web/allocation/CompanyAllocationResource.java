package org.usrok.fund.web.allocation;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.usrok.fund.allocation.AllocationService;

import java.util.List;

/** A company's own committed shares: what it is owed per claim, how it was computed, and what was paid. */
@Path("allocations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Allocation")
public class CompanyAllocationResource {

    @Inject
    AllocationService allocations;

    @GET
    @Path("mine")
    @Operation(summary = "The calling company's shares in committed allocations (company users)")
    public List<CompanyAllocationResponse> mine() {
        return allocations.myAllocations().stream().map(CompanyAllocationResponse::of).toList();
    }
}
