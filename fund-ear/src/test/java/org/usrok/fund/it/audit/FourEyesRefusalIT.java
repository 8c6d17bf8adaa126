package org.usrok.fund.it.audit;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.usrok.fund.audit.AuditEntry;
import org.usrok.fund.audit.AuditOutcome;
import org.usrok.fund.audit.AuditQuery;
import org.usrok.fund.audit.AuditTrail;
import org.usrok.fund.disbursement.BatchDetails;
import org.usrok.fund.disbursement.BatchStatus;
import org.usrok.fund.disbursement.DisbursementService;
import org.usrok.fund.disbursement.FourEyesException;
import org.usrok.fund.disbursement.PrepareBatch;
import org.usrok.fund.it.support.Actors;
import org.usrok.fund.it.support.DisbursementFixture;
import org.usrok.fund.it.support.FundDeployment;
import org.usrok.fund.security.OwnCountryOnlyException;
import org.usrok.fund.shared.ConcurrentChangeException;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.PageRequest;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Use case: the officer who prepared a disbursement batch tries to release it himself, and an
 * officer of the other government tries too. Both are refused and each attempt is a REFUSED
 * audit record on the batch naming the rule, although the refused call's transaction rolled
 * back; a lost race (a stale version) is not a refusal and leaves none. The release by a second
 * officer then follows in the batch's history.
 */
@ExtendWith(ArquillianExtension.class)
class FourEyesRefusalIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return FundDeployment.withTests(FourEyesRefusalIT.class);
    }

    @Inject
    DisbursementFixture fixture;
    @Inject
    DisbursementService disbursements;
    @Inject
    AuditTrail audit;

    private static final PageRequest FIRST_PAGE = new PageRequest(0, 50);

    @Test
    void aReleaseByThePreparerIsRefusedAndTheRefusalStaysInTheTrail() {
        Actors actors = fixture.actors();
        var committed = fixture.committed(List.of("150.00"), List.of());
        fixture.verifiedAccount(committed.us(0));
        var preparer = actors.newOfficer(CountryCode.US);
        var korean = actors.newOfficer(CountryCode.KR);
        var auditor = actors.newAuditor();
        BatchDetails prepared = preparer.call(() -> disbursements.prepare(
                new PrepareBatch(committed.round().id(), CurrencyCode.USD, null)));

        assertThatThrownBy(() -> preparer.call(() -> disbursements.release(prepared.id(), prepared.version())))
                .isInstanceOf(FourEyesException.class);
        assertThatThrownBy(() -> korean.call(() -> disbursements.release(prepared.id(), prepared.version())))
                .isInstanceOf(OwnCountryOnlyException.class);
        var late = actors.newOfficer(CountryCode.US);
        assertThatThrownBy(() -> late.call(() -> disbursements.release(prepared.id(), prepared.version() + 1)))
                .isInstanceOf(ConcurrentChangeException.class);

        List<AuditEntry> refused = auditor.call(() -> audit.search(new AuditQuery(preparer.username(), null, null,
                null, null, null, AuditOutcome.REFUSED), FIRST_PAGE)).items();
        assertThat(refused).singleElement().satisfies(r -> {
            assertThat(r.action()).isEqualTo("DISBURSEMENT_BATCH_RELEASED");
            assertThat(r.entityType()).isEqualTo("DisbursementBatch");
            assertThat(r.entityId()).isEqualTo(String.valueOf(prepared.id()));
            assertThat(r.refusalRule()).isEqualTo("four-eyes");
            assertThat(r.refusalMessage()).isEqualTo(preparer.username() + " prepared disbursement batch "
                    + prepared.id() + " and cannot release it; another officer of the paying government must.");
            assertThat(r.before()).isNull();
            assertThat(r.after()).isNull();
        });
        assertThat(auditor.call(() -> audit.search(new AuditQuery(korean.username(), null, null, null, null, null,
                AuditOutcome.REFUSED), FIRST_PAGE)).items()).extracting(AuditEntry::refusalRule)
                .containsExactly("own-country-only");
        assertThat(auditor.call(() -> audit.search(new AuditQuery(late.username(), null, null, null, null, null),
                FIRST_PAGE)).total()).as("a lost race is not recorded").isZero();
        assertThat(auditor.call(() -> disbursements.get(prepared.id())).status()).isEqualTo(BatchStatus.PREPARED);

        var releaser = actors.newOfficer(CountryCode.US);
        releaser.call(() -> disbursements.release(prepared.id(), prepared.version()));
        List<AuditEntry> history = auditor.call(() -> audit.history("DisbursementBatch", String.valueOf(prepared.id()),
                FIRST_PAGE)).items();
        assertThat(history).extracting(AuditEntry::action, AuditEntry::outcome, AuditEntry::actor).containsExactly(
                tuple("DISBURSEMENT_BATCH_PREPARED", AuditOutcome.DONE, preparer.username()),
                tuple("DISBURSEMENT_BATCH_RELEASED", AuditOutcome.REFUSED, preparer.username()),
                tuple("DISBURSEMENT_BATCH_RELEASED", AuditOutcome.REFUSED, korean.username()),
                tuple("DISBURSEMENT_BATCH_RELEASED", AuditOutcome.DONE, releaser.username()));
    }
}
