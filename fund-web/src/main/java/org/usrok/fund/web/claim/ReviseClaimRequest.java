package org.usrok.fund.web.claim;

import org.usrok.fund.claim.ReviseClaim;

import java.io.Serializable;
import java.util.List;

/** Body of {@code PUT /api/claims/{id}}: title and lines again, and optionally the version the company edited. */
public record ReviseClaimRequest(String title, List<ClaimLineRequest> lines, Long expectedVersion) implements Serializable {

    ReviseClaim toCommand() {
        return new ReviseClaim(title, FileClaimRequest.inputs(lines));
    }
}
