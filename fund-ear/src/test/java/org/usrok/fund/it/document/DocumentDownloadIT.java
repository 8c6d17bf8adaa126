package org.usrok.fund.it.document;

import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.usrok.fund.allocation.AllocationService;
import org.usrok.fund.allocation.CompanyAllocation;
import org.usrok.fund.allocation.ScenarioDetails;
import org.usrok.fund.it.support.Actors;
import org.usrok.fund.it.support.ApiClient;
import org.usrok.fund.it.support.DisbursementFixture;
import org.usrok.fund.it.support.FundDeployment;
import org.usrok.fund.it.support.PaidCompany;
import org.usrok.fund.shared.CountryCode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PDF documents downloaded over HTTP for data seeded through the real services: a company's
 * award letter and statement, a round's allocation report and the trial balance, each an
 * {@code application/pdf} attachment whose text (read back with PDFBox) names the round, the
 * amounts and the certificate digest, in Korean when asked; and the refusals: another company's
 * award letter, and the officers' documents, are 403 for a company.
 */
@ExtendWith(ArquillianExtension.class)
class DocumentDownloadIT {

    private static final String PDF = "application/pdf, application/problem+json";

    @Deployment
    static EnterpriseArchive deployment() {
        return FundDeployment.withTests(DocumentDownloadIT.class);
    }

    @Inject
    DisbursementFixture fixture;

    @Inject
    AllocationService allocations;

    @Test
    void aCompanyDownloadsItsAwardLetterAndStatementButNotAnotherCompanysLetter() {
        PaidCompany paid = fixture.paid(CountryCode.US, "3000.00");
        CompanyAllocation share = paid.user().call(() -> allocations.myAllocations()).get(0);
        String digest = fixture.actors().newAuditor().call(() -> allocations.get(share.scenarioId())).certificateDigest();
        ApiClient company = ApiClient.as(paid.user().username(), Actors.PASSWORD);

        ApiClient.Download letter = company.download("allocations/" + share.scenarioId() + "/award-letter.pdf", PDF);
        assertPdf(letter, "award-letter-round-" + paid.roundId() + "-scenario-" + share.scenarioId() + ".pdf");
        assertThat(text(letter)).contains("Award letter", paid.claim().companyName(), share.roundNameEn(),
                paid.claim().title(), "USD 3,000.00", digest);

        ApiClient.Download korean = company.header("Accept-Language", "ko")
                .download("allocations/" + share.scenarioId() + "/award-letter.pdf", PDF);
        assertThat(text(korean)).contains("배분 통지서", "배분 내역", "USD 3,000.00", digest);

        ApiClient.Download statement = company.download("companies/me/statement.pdf", PDF);
        assertPdf(statement, "statement-company-" + paid.companyId() + "-" + LocalDate.now(ZoneOffset.UTC) + ".pdf");
        assertThat(text(statement)).contains("Company statement", paid.claim().companyName(), share.roundNameEn(),
                "USD 3,000.00", paid.batch().payments().get(0).endToEndId());

        DisbursementFixture.Committed other = fixture.committed(List.of("1000.00"), List.of());
        ApiClient otherCompany = ApiClient.as(fixture.companyUser(other.us(0)).username(), Actors.PASSWORD);
        assertForbidden(otherCompany.download("allocations/" + share.scenarioId() + "/award-letter.pdf", PDF),
                "award-letter-not-yours");
        assertForbidden(otherCompany.download("rounds/" + paid.roundId() + "/allocation-report.pdf", PDF), "forbidden");
        assertForbidden(otherCompany.download("ledger/trial-balance.pdf", PDF), "forbidden");
    }

    @Test
    void officersAndAuditorsDownloadTheRoundReportAndTheTrialBalance() {
        DisbursementFixture.Committed committed = fixture.committed(List.of("1200.00", "800.00"), List.of("1500000"));
        long roundId = committed.round().id();
        Actors.Actor reader = fixture.actors().newAuditor();
        ScenarioDetails scenario = reader.call(() -> allocations.list(roundId)).stream()
                .map(s -> reader.call(() -> allocations.get(s.id())))
                .filter(s -> s.committedAt() != null).findFirst().orElseThrow();
        ApiClient auditor = ApiClient.as(reader.username(), Actors.PASSWORD);

        ApiClient.Download report = auditor.download("rounds/" + roundId + "/allocation-report.pdf", PDF);
        assertPdf(report, "allocation-report-round-" + roundId + ".pdf");
        assertThat(text(report)).contains("Allocation report", committed.round().nameEn(),
                committed.us(0).companyName(), committed.kr(0).companyName(), "USD 1,200.00", "USD 800.00",
                "KRW 1,500,000", scenario.usApprovedBy(), scenario.krApprovedBy(), scenario.certificateDigest());

        ApiClient officer = ApiClient.as(fixture.actors().newOfficer(CountryCode.KR).username(), Actors.PASSWORD)
                .header("Accept-Language", "ko");
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        ApiClient.Download balance = officer.download("ledger/trial-balance.pdf?asOf=" + today, PDF);
        assertPdf(balance, "trial-balance-" + today + ".pdf");
        assertThat(text(balance)).contains("시산표", "USD", "KRW", "차변", "대변");

        ApiClient.Download badDate = auditor.download("ledger/trial-balance.pdf?asOf=yesterday", PDF);
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.header("Content-Type")).startsWith("application/problem+json");
        assertThat(badDate.text()).contains("urn:fund:problem:bad-request", "asOf");
        ApiClient.Download notCommitted = auditor.download("rounds/" + fixture.openRound().id()
                + "/allocation-report.pdf", PDF);
        assertThat(notCommitted.status()).as("nothing committed yet").isEqualTo(404);
        assertThat(notCommitted.text()).contains("urn:fund:problem:not-found");
    }

    private static void assertPdf(ApiClient.Download download, String fileName) {
        assertThat(download.status()).as(download.text()).isEqualTo(200);
        assertThat(download.header("Content-Type")).startsWith("application/pdf");
        assertThat(download.header("Content-Disposition")).isEqualTo("attachment; filename=\"" + fileName + "\"");
        assertThat(new String(download.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    private static void assertForbidden(ApiClient.Download download, String type) {
        assertThat(download.status()).as(download.text()).isEqualTo(403);
        assertThat(download.header("Content-Type")).startsWith("application/problem+json");
        assertThat(download.text()).contains("urn:fund:problem:" + type);
    }

    /** The document's text as PDFBox reads it, white space (no-break spaces too) as single spaces. */
    private static String text(ApiClient.Download download) {
        try (PDDocument document = Loader.loadPDF(download.body())) {
            return new PDFTextStripper().getText(document).replace('\u00a0', ' ').replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
