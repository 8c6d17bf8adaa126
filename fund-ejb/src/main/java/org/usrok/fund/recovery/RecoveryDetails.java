package org.usrok.fund.recovery;

import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.Money;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A recovery with everything that happened to it: the decision, the receivable's journal entry,
 * the receipts with theirs. Officers' names are left out (null) when a company reads it.
 */
public record RecoveryDetails(long id, long version, long companyId, String companyName, CountryCode country,
                              Long roundId, String roundNameEn, String roundNameKo, Money amount, Money recovered, Money outstanding,
                              RecoveryStatus status, String reason, String openedBy, Instant openedAt,
                              String approvedBy, Instant approvedAt, Long receivableSequence, String closedBy,
                              Instant closedAt, String closingReason, List<RecoveryReceiptSummary> receipts) implements Serializable {

    public RecoveryDetails {
        receipts = List.copyOf(receipts);
    }

    static RecoveryDetails of(Recovery r, String companyName, String roundNameEn, String roundNameKo, List<RecoveryReceipt> receipts,
                              boolean asCompany) {
        return new RecoveryDetails(r.getId(), r.getVersion(), r.getCompanyId(), companyName, r.getCountry(),
                r.getRoundId(), roundNameEn, roundNameKo, r.amount(), r.recovered(), r.outstanding(), r.getStatus(), r.getReason(),
                asCompany ? null : r.getOpenedBy(), r.getOpenedAt(), asCompany ? null : r.getApprovedBy(),
                r.getApprovedAt(), r.getReceivableSequence(), asCompany ? null : r.getClosedBy(), r.getClosedAt(),
                r.getClosingReason(), receipts.stream().map(x -> RecoveryReceiptSummary.of(x, asCompany)).toList());
    }
}
