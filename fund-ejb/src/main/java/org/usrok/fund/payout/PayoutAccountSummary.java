package org.usrok.fund.payout;

import org.usrok.fund.security.Actor;
import org.usrok.fund.security.Role;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.CurrencyCode;

import java.io.Serializable;
import java.time.Instant;

/**
 * A payout account as one viewer may see it. The account number (or IBAN) is shown in full only to
 * the owning company and to officers of the company's country, who verify it; everyone else
 * (officers of the other country, auditors, administrators) sees it masked ({@code ****6789}) and
 * {@code masked} is true. A company sees the deciding officer as their government's role, not by
 * name, as in the company's audit history.
 *
 * @param current true for the company's current account in the currency (the one that counts)
 * @param payable true when money may go here now: verified and current
 * @param bankName the Korean bank's English name (KR_BANK only), {@code bankNameKo} its Korean name
 */
public record PayoutAccountSummary(long id, long version, long companyId, String companyName,
                                   CountryCode companyCountry, CurrencyCode currency, AccountScheme scheme,
                                   String holderName, String bankIdentifier, String bankName, String bankNameKo,
                                   String accountIdentifier, boolean masked, String bic, PayoutAccountStatus status,
                                   boolean current, boolean payable, Long replacesId, String registeredBy,
                                   Instant registeredAt, String verifiedBy, Instant verifiedAt, String rejectedBy,
                                   Instant rejectedAt, String rejectionReason, Instant supersededAt) implements Serializable {

    /** True when the viewer may see the account number in full. */
    static boolean seesInFull(Actor viewer, PayoutAccount a) {
        return (viewer.has(Role.COMPANY) && viewer.companyId() != null && viewer.companyId() == a.getCompanyId())
                || viewer.isOfficerOf(a.getCompanyCountry());
    }

    static PayoutAccountSummary of(PayoutAccount a, String companyName, Actor viewer) {
        return of(a, companyName, seesInFull(viewer, a), !viewer.canReadEverything());
    }

    /** The snapshot the audit trail keeps: masked, so reading the trail never reveals an account number. */
    static PayoutAccountSummary forAudit(PayoutAccount a, String companyName) {
        return of(a, companyName, false, false);
    }

    private static PayoutAccountSummary of(PayoutAccount a, String companyName, boolean full, boolean companyViewer) {
        String officerRole = Role.officerOf(a.getCompanyCountry()).name();
        var bank = a.getScheme() == AccountScheme.KR_BANK ? KoreanBank.byCode(a.getBankIdentifier()).orElse(null) : null;
        return new PayoutAccountSummary(a.getId(), a.getVersion(), a.getCompanyId(), companyName,
                a.getCompanyCountry(), a.getCurrency(), a.getScheme(), a.getHolderName(), a.getBankIdentifier(),
                bank == null ? null : bank.nameEn(), bank == null ? null : bank.nameKo(),
                full ? a.getAccountIdentifier() : AccountText.mask(a.getScheme(), a.getAccountIdentifier()), !full,
                a.getBic(), a.getStatus(), a.isCurrent(), a.isPayable(), a.getReplacesId(), a.getRegisteredBy(),
                a.getCreatedAt(),
                a.getVerifiedBy() == null ? null : companyViewer ? officerRole : a.getVerifiedBy(), a.getVerifiedAt(),
                a.getRejectedBy() == null ? null : companyViewer ? officerRole : a.getRejectedBy(), a.getRejectedAt(),
                a.getRejectionReason(), a.getSupersededAt());
    }
}
