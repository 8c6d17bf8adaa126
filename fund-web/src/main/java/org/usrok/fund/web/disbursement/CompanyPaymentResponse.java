package org.usrok.fund.web.disbursement;

import org.usrok.fund.disbursement.CompanyPayment;
import org.usrok.fund.disbursement.PaymentStatus;
import org.usrok.fund.web.api.MoneyResponse;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One of the calling company's payments. */
public record CompanyPaymentResponse(long id, long batchId, long roundId, String roundNameEn, String roundNameKo,
                                     MoneyResponse amount, String endToEndId, PaymentStatus status,
                                     LocalDate statusDate, String bankReference, String statusReason,
                                     String maskedAccount, Instant releasedAt, List<Long> claimIds) implements Serializable {

    static CompanyPaymentResponse of(CompanyPayment p) {
        return new CompanyPaymentResponse(p.paymentId(), p.batchId(), p.roundId(), p.roundNameEn(), p.roundNameKo(),
                MoneyResponse.of(p.amount()), p.endToEndId(), p.status(), p.statusDate(), p.bankReference(),
                p.statusReason(), p.maskedAccount(), p.releasedAt(), p.claimIds());
    }
}
