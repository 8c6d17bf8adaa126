package org.usrok.fund.web.payout;

import org.usrok.fund.payout.AccountScheme;
import org.usrok.fund.payout.PayoutAccountStatus;
import org.usrok.fund.payout.PayoutAccountSummary;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.CurrencyCode;

import java.io.Serializable;
import java.time.Instant;

/**
 * A payout account as the API returns it. {@code accountIdentifier} is the account number or IBAN,
 * masked ({@code ****6789}, {@code masked: true}) unless the caller is the owning company or an
 * officer of its country. {@code current}: the company's account in force for the currency;
 * {@code payable}: verified and current, so payments go to it.
 */
public record PayoutAccountResponse(long id, long version, long companyId, String companyName,
                                    CountryCode companyCountry, CurrencyCode currency, AccountScheme scheme,
                                    String holderName, String bankIdentifier, Bank bank, String accountIdentifier,
                                    boolean masked, String bic, PayoutAccountStatus status, boolean current,
                                    boolean payable, Long replacesId, String registeredBy, Instant registeredAt,
                                    Decision verification, Decision rejection, Instant supersededAt) implements Serializable {

    /** The Korean bank of a {@code KR_BANK} account, by name. */
    public record Bank(String code, String nameEn, String nameKo) implements Serializable {
    }

    /** Who verified or rejected the account (a company sees the officers' role), when, and why (rejections). */
    public record Decision(String by, Instant at, String reason) implements Serializable {
    }

    static PayoutAccountResponse of(PayoutAccountSummary s) {
        return new PayoutAccountResponse(s.id(), s.version(), s.companyId(), s.companyName(), s.companyCountry(),
                s.currency(), s.scheme(), s.holderName(), s.bankIdentifier(),
                s.bankName() == null ? null : new Bank(s.bankIdentifier(), s.bankName(), s.bankNameKo()),
                s.accountIdentifier(), s.masked(), s.bic(), s.status(), s.current(), s.payable(), s.replacesId(),
                s.registeredBy(), s.registeredAt(),
                s.verifiedBy() == null ? null : new Decision(s.verifiedBy(), s.verifiedAt(), null),
                s.rejectedBy() == null ? null : new Decision(s.rejectedBy(), s.rejectedAt(), s.rejectionReason()),
                s.supersededAt());
    }
}
