package org.usrok.fund.it.support;

import org.usrok.fund.claim.ClaimDetails;
import org.usrok.fund.disbursement.BatchDetails;
import org.usrok.fund.disbursement.DisbursementService;
import org.usrok.fund.disbursement.PrepareBatch;
import org.usrok.fund.shared.CountryCode;

import java.util.List;

/**
 * A company the fund has actually paid, through the real disbursement flow of
 * {@link DisbursementFixture}: its claim is allocated in full in a committed allocation, its payout
 * account is registered and verified, and a batch paying it is prepared by one officer of its
 * country and released by another. Recoveries are measured against such payments.
 */
public record PaidCompany(ClaimDetails claim, BatchDetails batch, Actors.Actor user) {

    public long companyId() {
        return claim.companyId();
    }

    public long roundId() {
        return claim.roundId();
    }

    /** Pays a new company of {@code country} {@code amount} (USD for U.S. companies, KRW for Korean ones). */
    public static PaidCompany of(DisbursementFixture fixture, DisbursementService disbursements, CountryCode country,
                                 String amount) {
        DisbursementFixture.Committed committed = country == CountryCode.US
                ? fixture.committed(List.of(amount), List.of())
                : fixture.committed(List.of(), List.of(amount));
        ClaimDetails claim = country == CountryCode.US ? committed.us(0) : committed.kr(0);
        fixture.verifiedAccount(claim);
        Actors actors = fixture.actors();
        BatchDetails prepared = actors.newOfficer(country).call(() -> disbursements.prepare(new PrepareBatch(
                committed.round().id(), claim.currency(), List.of(claim.companyId()))));
        BatchDetails released = actors.newOfficer(country).call(() -> disbursements.release(prepared.id(), null));
        return new PaidCompany(claim, released, fixture.companyUser(claim));
    }
}
