package org.usrok.fund.web.disbursement;

import org.usrok.fund.disbursement.PaymentLine;
import org.usrok.fund.disbursement.PaymentStatus;
import org.usrok.fund.payout.AccountScheme;
import org.usrok.fund.web.api.MoneyResponse;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** A payment as officers and auditors see it (the account masked; the full account is in the pain.001). */
public record PaymentResponse(long id, long version, long batchId, long companyId, String companyName,
                              MoneyResponse amount, String endToEndId, PaymentStatus status, LocalDate statusDate,
                              String bankReference, String statusReason, String holderName, AccountScheme scheme,
                              String maskedAccount, long payoutAccountId, long payoutAccountVersion,
                              List<Long> claimIds, Long returnLedgerSequence) implements Serializable {

    static PaymentResponse of(PaymentLine p) {
        return new PaymentResponse(p.id(), p.version(), p.batchId(), p.companyId(), p.companyName(),
                MoneyResponse.of(p.amount()), p.endToEndId(), p.status(), p.statusDate(), p.bankReference(),
                p.statusReason(), p.holderName(), p.scheme(), p.maskedAccount(), p.payoutAccountId(),
                p.payoutAccountVersion(), p.claimIds(), p.returnLedgerSequence());
    }
}
