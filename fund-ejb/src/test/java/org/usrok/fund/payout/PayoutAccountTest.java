package org.usrok.fund.payout;

import org.junit.jupiter.api.Test;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.StateTransitionRefusedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The aggregate's transitions on their own: what is current, what is payable, what is refused. */
class PayoutAccountTest {

    private static final AccountDetails US = PayoutAccountRules.details(new RegisterPayoutAccount(CurrencyCode.USD,
            AccountScheme.US_ABA, "Holder Inc.", "021000021", null, "000123456789", null, null));

    private static PayoutAccount registered() {
        return PayoutAccount.register(7L, CountryCode.US, US, null, "company.user");
    }

    @Test
    void aNewAccountIsCurrentPendingAndNotPayable() {
        PayoutAccount account = registered();
        assertThat(account.getStatus()).isEqualTo(PayoutAccountStatus.PENDING_VERIFICATION);
        assertThat(account.isCurrent()).isTrue();
        assertThat(account.isPayable()).isFalse();
        assertThat(account.getAccountIdentifier()).isEqualTo("000123456789");
        assertThat(account.getBankCountry()).isEqualTo(CountryCode.US);
    }

    @Test
    void verifyingMakesItPayableAndRecordsTheOfficer() {
        PayoutAccount account = registered();
        account.verify("officer.us");
        assertThat(account.isPayable()).isTrue();
        assertThat(account.getVerifiedBy()).isEqualTo("officer.us");
        assertThat(account.getVerifiedAt()).isNotNull();
        assertThatThrownBy(() -> account.verify("officer.us")).isInstanceOf(StateTransitionRefusedException.class);
        assertThatThrownBy(() -> account.reject("officer.us", "late")).isInstanceOf(StateTransitionRefusedException.class);
    }

    @Test
    void aVerifiedAccountSteppingAsideStaysVerifiedButIsNotPaidUntilSupersededOrReinstated() {
        PayoutAccount old = registered();
        old.verify("officer.us");
        old.stepAsideFor();
        assertThat(old.getStatus()).isEqualTo(PayoutAccountStatus.VERIFIED);
        assertThat(old.isPayable()).isFalse();

        old.reinstate();
        assertThat(old.isPayable()).isTrue();

        old.stepAsideFor();
        old.supersede();
        assertThat(old.getStatus()).isEqualTo(PayoutAccountStatus.SUPERSEDED);
        assertThat(old.getSupersededAt()).isNotNull();
        assertThatThrownBy(old::reinstate).isInstanceOf(StateTransitionRefusedException.class);
    }

    @Test
    void aPendingAccountSteppingAsideIsSupersededAtOnceAndCannotBeVerified() {
        PayoutAccount pending = registered();
        pending.stepAsideFor();
        assertThat(pending.getStatus()).isEqualTo(PayoutAccountStatus.SUPERSEDED);
        assertThatThrownBy(() -> pending.verify("officer.us")).isInstanceOf(StateTransitionRefusedException.class);
    }

    @Test
    void aCurrentVerifiedAccountIsNotSuperseded() {
        PayoutAccount current = registered();
        current.verify("officer.us");
        assertThatThrownBy(current::supersede).isInstanceOf(StateTransitionRefusedException.class);
    }

    @Test
    void rejectingKeepsTheReasonAndEndsBeingCurrent() {
        PayoutAccount account = registered();
        account.reject("officer.us", "Not confirmed by phone");
        assertThat(account.getStatus()).isEqualTo(PayoutAccountStatus.REJECTED);
        assertThat(account.isCurrent()).isFalse();
        assertThat(account.getRejectionReason()).isEqualTo("Not confirmed by phone");
        assertThat(account.getRejectedBy()).isEqualTo("officer.us");
    }
}
