package org.usrok.fund.web.allocation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.usrok.fund.allocation.AllocationService;
import org.usrok.fund.allocation.CompanyAllocation;

import java.io.Serializable;
import java.util.List;

/** The signed-in company's committed shares and how each was computed; read-only. */
@Named
@ViewScoped
public class CompanyAllocationsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AllocationService allocations;

    private List<CompanyAllocation> items;

    public List<CompanyAllocation> getItems() {
        if (items == null) {
            items = allocations.myAllocations();
        }
        return items;
    }
}
