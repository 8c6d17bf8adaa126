package org.usrok.fund.web.claim;

import org.usrok.fund.claim.ClaimLineInput;
import org.usrok.fund.claim.FileClaim;

import java.io.Serializable;
import java.util.List;

/** Body of {@code POST /api/claims}: the approved application it is filed under, a title and the cost lines. */
public record FileClaimRequest(Long applicationId, String title, List<ClaimLineRequest> lines) implements Serializable {

    FileClaim toCommand() {
        return new FileClaim(applicationId, title, inputs(lines));
    }

    static List<ClaimLineInput> inputs(List<ClaimLineRequest> lines) {
        return lines == null ? null : lines.stream().map(l -> l == null ? null : l.toInput()).toList();
    }
}
