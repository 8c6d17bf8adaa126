package org.usrok.fund.web.claim;

import org.usrok.fund.claim.CompleteReview;
import org.usrok.fund.claim.LineReview;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * Body of {@code POST /api/claims/{id}/review-result}: the approved amount of every line (numbered
 * from 1), with a reason for each reduction, and optionally the version the reviewer saw.
 */
public record ReviewResultRequest(List<LineResult> lines, Long expectedVersion) implements Serializable {

    /** One line's result. */
    public record LineResult(Integer lineNo, BigDecimal approvedAmount, String reason) implements Serializable {
    }

    static CompleteReview toCommand(long claimId, ReviewResultRequest request) {
        if (request == null) {
            return new CompleteReview(claimId, null, null);
        }
        List<LineReview> lines = request.lines == null ? null : request.lines.stream()
                .map(l -> l == null ? null : new LineReview(l.lineNo(), l.approvedAmount(), l.reason())).toList();
        return new CompleteReview(claimId, lines, request.expectedVersion);
    }
}
