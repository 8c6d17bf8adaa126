package org.usrok.fund.dashboard;

import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.Money;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * An officer's home figures: the fund per government (in that government's currency), the
 * queues of the officer's own country, the rounds by stage, batches waiting for a second officer
 * of the officer's government, and the series the charts draw.
 */
public record OfficerDashboard(CountryCode country, List<GovernmentFund> governments,
                               List<StatusCount> applicationQueue, List<StatusCount> claimQueue, long overdueClaims,
                               long pendingPayoutAccounts, long recoveriesAwaitingApproval, List<StatusCount> rounds,
                               List<WaitingBatch> batchesWaiting, List<StatusCount> claimsByStatus,
                               List<MaterialAllocation> allocationByMaterial, List<MonthlyDisbursement> disbursed) implements Serializable {

    public OfficerDashboard {
        governments = List.copyOf(governments);
        applicationQueue = List.copyOf(applicationQueue);
        claimQueue = List.copyOf(claimQueue);
        rounds = List.copyOf(rounds);
        batchesWaiting = List.copyOf(batchesWaiting);
        claimsByStatus = List.copyOf(claimsByStatus);
        allocationByMaterial = List.copyOf(allocationByMaterial);
        disbursed = List.copyOf(disbursed);
    }

    /**
     * One government's money over all rounds: pledged (rounds past draft), received, allocated
     * (committed shares of its country's companies), paid (sent to the bank or confirmed),
     * recovered, and cash left = received - paid + recovered.
     */
    public record GovernmentFund(CountryCode government, Money pledged, Money received, Money allocated,
                                 Money paid, Money recovered, Money cashLeft) implements Serializable {
    }

    /** A prepared batch of the officer's government, waiting for another officer's release. */
    public record WaitingBatch(long id, long roundId, Money total, int paymentCount, String preparedBy,
                               Instant preparedAt) implements Serializable {
    }

    /**
     * Committed allocations to one country's companies whose plans name one material. A plan with
     * several materials counts under each of them.
     */
    public record MaterialAllocation(CountryCode country, String material, Money allocated) implements Serializable {
    }

    /** Payments sent to the bank or confirmed, per month of the batch's release, in one currency. */
    public record MonthlyDisbursement(int year, int month, Money amount) implements Serializable {
    }
}
