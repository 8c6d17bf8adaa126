package org.usrok.fund.web.disbursement;

import org.usrok.fund.disbursement.BatchDetails;
import org.usrok.fund.disbursement.BatchStatus;
import org.usrok.fund.disbursement.FileKind;
import org.usrok.fund.disbursement.PaymentStatus;
import org.usrok.fund.disbursement.SkipReason;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.web.api.MoneyResponse;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** One batch with its payments, skipped companies, totals per payment status and files. */
public record BatchResponse(long id, long version, long roundId, String roundName, long scenarioId,
                            CurrencyCode currency, BatchStatus status, int paymentCount, MoneyResponse total,
                            List<StatusTotalResponse> totals, String preparedBy, Instant preparedAt,
                            String releasedBy, Instant releasedAt, String cancelledBy, Instant cancelledAt,
                            String cancelReason, Long ledgerSequence, List<PaymentResponse> payments,
                            List<SkippedResponse> skipped, List<FileResponse> files) implements Serializable {

    /** The payments of one status: how many and how much. */
    public record StatusTotalResponse(PaymentStatus status, int count, MoneyResponse amount) implements Serializable {
    }

    /** A company left out, why, and what it would have been paid. */
    public record SkippedResponse(long companyId, String companyName, SkipReason reason, int claimCount,
                                  MoneyResponse amount) implements Serializable {
    }

    /** A stored file of the released batch; download it from {@code href}. */
    public record FileResponse(FileKind kind, String fileName, String mediaType, String sha256, int transactionCount,
                               MoneyResponse controlSum, long size, String href) implements Serializable {
    }

    static BatchResponse of(BatchDetails b) {
        return new BatchResponse(b.id(), b.version(), b.roundId(), b.roundNameEn(), b.scenarioId(), b.currency(),
                b.status(), b.paymentCount(), MoneyResponse.of(b.total()),
                b.totals().stream().map(t -> new StatusTotalResponse(t.status(), t.count(),
                        MoneyResponse.of(t.amount()))).toList(),
                b.preparedBy(), b.preparedAt(), b.releasedBy(), b.releasedAt(), b.cancelledBy(), b.cancelledAt(),
                b.cancelReason(), b.ledgerSequence(), b.payments().stream().map(PaymentResponse::of).toList(),
                b.skipped().stream().map(s -> new SkippedResponse(s.companyId(), s.companyName(), s.reason(),
                        s.claimCount(), MoneyResponse.of(s.amount()))).toList(),
                b.files().stream().map(f -> new FileResponse(f.kind(), f.fileName(), f.mediaType(), f.sha256(),
                        f.transactionCount(), MoneyResponse.of(f.controlSum()), f.size(),
                        "disbursement-batches/" + b.id() + "/files/" + DisbursementBatchResource.path(f.kind())))
                        .toList());
    }
}
