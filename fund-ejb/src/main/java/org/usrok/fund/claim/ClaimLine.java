package org.usrok.fund.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One cost line of a claim: category, description, period, the claimed amount in minor units of
 * the claim's currency (for the price differential computed from the unit prices and quantity
 * kept beside it), and, after review, the approved amount with the reason for any reduction.
 */
@Embeddable
public class ClaimLine {

    @Column(name = "category_code", nullable = false, length = 40)
    private String category;

    @Column(nullable = false, length = 1000)
    private String description;

    @Column(name = "period_starts_on", nullable = false)
    private LocalDate periodStartsOn;

    @Column(name = "period_ends_on", nullable = false)
    private LocalDate periodEndsOn;

    @Column(name = "old_unit_price", precision = 19, scale = 4)
    private BigDecimal oldUnitPrice;

    @Column(name = "new_unit_price", precision = 19, scale = 4)
    private BigDecimal newUnitPrice;

    @Column(precision = 19, scale = 4)
    private BigDecimal quantity;

    @Column(name = "claimed_minor", nullable = false)
    private long claimedMinor;

    @Column(name = "approved_minor")
    private Long approvedMinor;

    @Column(name = "reduction_reason", length = 1000)
    private String reductionReason;

    protected ClaimLine() {
    }

    ClaimLine(String category, String description, LocalDate periodStartsOn, LocalDate periodEndsOn,
              BigDecimal oldUnitPrice, BigDecimal newUnitPrice, BigDecimal quantity, long claimedMinor) {
        this.category = category;
        this.description = description;
        this.periodStartsOn = periodStartsOn;
        this.periodEndsOn = periodEndsOn;
        this.oldUnitPrice = oldUnitPrice;
        this.newUnitPrice = newUnitPrice;
        this.quantity = quantity;
        this.claimedMinor = claimedMinor;
    }

    void approve(long minor, String reason) {
        approvedMinor = minor;
        reductionReason = reason;
    }

    void clearReview() {
        approvedMinor = null;
        reductionReason = null;
    }

    public String getCategory() {
        return category;
    }

    public String getDescription() {
        return description;
    }

    public LocalDate getPeriodStartsOn() {
        return periodStartsOn;
    }

    public LocalDate getPeriodEndsOn() {
        return periodEndsOn;
    }

    public BigDecimal getOldUnitPrice() {
        return oldUnitPrice;
    }

    public BigDecimal getNewUnitPrice() {
        return newUnitPrice;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public long getClaimedMinor() {
        return claimedMinor;
    }

    public Long getApprovedMinor() {
        return approvedMinor;
    }

    public String getReductionReason() {
        return reductionReason;
    }
}
