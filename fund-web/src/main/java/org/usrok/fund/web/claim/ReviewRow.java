package org.usrok.fund.web.claim;

import org.usrok.fund.claim.ClaimDetails;
import org.usrok.fund.claim.LineReview;

import java.io.Serializable;
import java.math.BigDecimal;

/** A claim line under review with the reviewer's approved amount (the claimed amount at first) and reason. */
public class ReviewRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final ClaimDetails.Line line;
    private BigDecimal approvedAmount;
    private String reason;

    ReviewRow(ClaimDetails.Line line) {
        this.line = line;
        this.approvedAmount = line.approved() != null ? line.approved().amount() : line.claimed().amount();
        this.reason = line.reductionReason();
    }

    LineReview toReview() {
        return new LineReview(line.lineNo(), approvedAmount, reason);
    }

    /** True when the entered amount is below the claimed one, so a reason is needed. */
    public boolean isReduced() {
        return approvedAmount != null && approvedAmount.compareTo(line.claimed().amount()) < 0;
    }

    public ClaimDetails.Line getLine() {
        return line;
    }

    public BigDecimal getApprovedAmount() {
        return approvedAmount;
    }

    public void setApprovedAmount(BigDecimal approvedAmount) {
        this.approvedAmount = approvedAmount;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
