package org.usrok.fund.disbursement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One claim's committed share carried by a payment. While the payment is live (prepared, released,
 * paid) {@code liveClaimId} is the claim's id, and the database's unique constraint on it refuses
 * any second live item for the claim, however two batches race; once the payment is held, returned,
 * rejected or cancelled it is NULL, and the share can be prepared again. The share is exactly the
 * claim's committed share (a foreign key to the allocation's share row checks the amount).
 */
@Entity
@Table(name = "payment_item")
public class PaymentItem {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payment_item_seq")
    @SequenceGenerator(name = "payment_item_seq", sequenceName = "payment_item_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "payment_id", nullable = false, updatable = false)
    private Payment payment;

    @Column(name = "scenario_id", nullable = false, updatable = false)
    private long scenarioId;

    @Column(name = "claim_id", nullable = false, updatable = false)
    private long claimId;

    @Column(name = "share_minor", nullable = false, updatable = false)
    private long shareMinor;

    @Column(name = "live_claim_id")
    private Long liveClaimId;

    protected PaymentItem() {
    }

    PaymentItem(Payment payment, long scenarioId, long claimId, long shareMinor) {
        if (shareMinor <= 0) {
            throw new IllegalArgumentException("A payment item carries a positive share");
        }
        this.payment = payment;
        this.scenarioId = scenarioId;
        this.claimId = claimId;
        this.shareMinor = shareMinor;
        this.liveClaimId = claimId;
    }

    void free() {
        this.liveClaimId = null;
    }

    public long getClaimId() {
        return claimId;
    }

    public long getShareMinor() {
        return shareMinor;
    }

    public boolean isLive() {
        return liveClaimId != null;
    }
}
