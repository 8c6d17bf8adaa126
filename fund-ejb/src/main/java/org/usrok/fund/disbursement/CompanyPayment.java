package org.usrok.fund.disbursement;

import org.usrok.fund.shared.Money;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A payment as the company it pays sees it: round, amount, status (held, released, paid, returned,
 * rejected) with the bank's date and reference, the reason of a hold or return, the account it went
 * to (masked), when it was released and which claims it pays. Companies never see another
 * company's payments, nor payments not yet released or held.
 */
public record CompanyPayment(long paymentId, long batchId, long roundId, String roundNameEn, String roundNameKo, Money amount,
                             String endToEndId, PaymentStatus status, LocalDate statusDate, String bankReference,
                             String statusReason, String maskedAccount, Instant releasedAt, List<Long> claimIds) implements Serializable {
}
