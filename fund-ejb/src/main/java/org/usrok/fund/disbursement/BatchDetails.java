package org.usrok.fund.disbursement;

import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.Money;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * One batch as officers and auditors review it: its state and people, the payments with their
 * status and creditor, the companies left out and why, the totals by payment status, and the files
 * of a released batch (names, SHA-256, control sums).
 *
 * @param total     what the batch pays: the prepared payments before release, the released ones after
 * @param totals    the payments' amounts summed per payment status (only statuses that occur)
 */
public record BatchDetails(long id, long version, long roundId, String roundNameEn, long scenarioId,
                           CurrencyCode currency, BatchStatus status, int paymentCount, Money total,
                           List<StatusTotal> totals, String preparedBy, Instant preparedAt, String releasedBy,
                           Instant releasedAt, String cancelledBy, Instant cancelledAt, String cancelReason,
                           Long ledgerSequence, List<PaymentLine> payments, List<SkippedLine> skipped,
                           List<FileSummary> files) implements Serializable {

    /** The sum and count of a batch's payments in one status. */
    public record StatusTotal(PaymentStatus status, int count, Money amount) implements Serializable {
    }

    /** A company left out of the batch, why, and what it would have been paid. */
    public record SkippedLine(long companyId, String companyName, SkipReason reason, int claimCount, Money amount) implements Serializable {
    }

    /** A stored file of a released batch, without its content. */
    public record FileSummary(FileKind kind, String fileName, String mediaType, String sha256, int transactionCount,
                              Money controlSum, long size) implements Serializable {
    }
}
