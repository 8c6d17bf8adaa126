package org.usrok.fund.it.application;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.usrok.fund.application.ApplicationDetails;
import org.usrok.fund.application.ApplicationService;
import org.usrok.fund.application.ApplyToRound;
import org.usrok.fund.attachment.AttachmentRejectedException;
import org.usrok.fund.attachment.AttachmentStore;
import org.usrok.fund.attachment.AttachmentSummary;
import org.usrok.fund.attachment.UploadFile;
import org.usrok.fund.claim.ClaimService;
import org.usrok.fund.company.CompanyService;
import org.usrok.fund.it.support.Actors;
import org.usrok.fund.it.support.FundDeployment;
import org.usrok.fund.it.support.Workflow;
import org.usrok.fund.round.RoundService;
import org.usrok.fund.security.UserAccountService;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.EntityNotFoundException;
import org.usrok.fund.shared.StateTransitionRefusedException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Evidence files: type from content, size limit, SHA-256, sanitised names, downloads only for those entitled. */
@ExtendWith(ArquillianExtension.class)
class AttachmentIT {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Deployment
    static EnterpriseArchive deployment() {
        return FundDeployment.withTests(AttachmentIT.class);
    }

    @Inject
    RoundService rounds;

    @Inject
    CompanyService companies;

    @Inject
    ApplicationService applications;

    @Inject
    ClaimService claims;

    @Inject
    AttachmentStore attachments;

    @Inject
    UserAccountService users;

    private Actors actors;
    private Workflow flow;

    @BeforeEach
    void setUp() {
        actors = new Actors(users);
        flow = new Workflow(actors, rounds, companies, applications, claims);
    }

    private ApplicationDetails draftApplication(Workflow.VerifiedCompany company) {
        var round = flow.openRound();
        return company.user().call(() -> applications.apply(new ApplyToRound(round.id(), Workflow.plan("GRAPHITE"))));
    }

    @Test
    void aPdfIsStoredWithItsDigestAndServedOnlyToThoseEntitled() throws NoSuchAlgorithmException {
        var company = flow.verifiedCompany(CountryCode.KR);
        ApplicationDetails draft = draftApplication(company);
        AttachmentSummary stored = company.user().call(() ->
                applications.attach(draft.id(), new UploadFile("..\\..\\공급계약서 2026.pdf", PDF)));
        assertThat(stored.fileName()).isEqualTo("공급계약서 2026.pdf");
        assertThat(stored.contentType()).isEqualTo("application/pdf");
        assertThat(stored.sizeBytes()).isEqualTo(PDF.length);
        assertThat(stored.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF)));
        assertThat(company.user().call(() -> applications.get(draft.id())).attachments()).containsExactly(stored);

        assertThat(company.user().call(() -> attachments.download(stored.id())).content()).isEqualTo(PDF);
        assertThatThrownBy(() -> actors.newOfficer(CountryCode.KR).call(() -> attachments.download(stored.id())))
                .as("evidence of a draft is the company's own until it submits")
                .isInstanceOf(EntityNotFoundException.class);
        company.user().call(() -> applications.submit(draft.id(), null));
        assertThat(actors.newOfficer(CountryCode.US).call(() -> attachments.download(stored.id())).content())
                .isEqualTo(PDF);
        assertThat(actors.newAuditor().call(() -> attachments.download(stored.id())).content()).isEqualTo(PDF);
        var other = flow.verifiedCompany(CountryCode.KR);
        assertThatThrownBy(() -> other.user().call(() -> attachments.download(stored.id())))
                .isInstanceOf(EntityNotFoundException.class);
        assertThatThrownBy(() -> actors.admin().call(() -> attachments.download(stored.id())))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> other.user().call(() -> applications.attach(draft.id(), new UploadFile("x.pdf", PDF))))
                .isInstanceOf(EntityNotFoundException.class);
    }

    @Test
    void contentDecidesTheTypeNotTheName() {
        var company = flow.verifiedCompany(CountryCode.US);
        ApplicationDetails draft = draftApplication(company);
        byte[] exe = "MZ\u0090\u0000\u0003 this program cannot be run in DOS mode".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> company.user().call(() -> applications.attach(draft.id(), new UploadFile("invoice.pdf", exe))))
                .isInstanceOfSatisfying(AttachmentRejectedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.attachment.type"));
        assertThatThrownBy(() -> company.user().call(() -> applications.attach(draft.id(), new UploadFile("scan.png", PDF))))
                .isInstanceOfSatisfying(AttachmentRejectedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.attachment.nameMismatch"));
        assertThatThrownBy(() -> company.user().call(() -> applications.attach(draft.id(), new UploadFile("empty.pdf", new byte[0]))))
                .isInstanceOfSatisfying(AttachmentRejectedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.attachment.empty"));
        assertThat(company.user().call(() -> applications.get(draft.id())).attachments()).isEmpty();
    }

    @Test
    void filesOverTheLimitAreRefused() {
        var company = flow.verifiedCompany(CountryCode.US);
        ApplicationDetails draft = draftApplication(company);
        byte[] big = Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1);
        assertThatThrownBy(() -> company.user().call(() -> applications.attach(draft.id(), new UploadFile("big.pdf", big))))
                .isInstanceOfSatisfying(AttachmentRejectedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.attachment.tooLarge"));
    }

    @Test
    void nothingIsAttachedToASubmittedApplication() {
        var round = flow.openRound();
        var company = flow.verifiedCompany(CountryCode.US);
        ApplicationDetails submitted = flow.submittedApplication(round, company);
        assertThatThrownBy(() -> company.user().call(() -> applications.attach(submitted.id(), new UploadFile("late.pdf", PDF))))
                .isInstanceOf(StateTransitionRefusedException.class);
    }
}
