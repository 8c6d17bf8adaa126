package org.usrok.fund.it.browser;

import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.usrok.fund.it.support.Actors;
import org.usrok.fund.it.support.Browser;
import org.usrok.fund.it.support.DisbursementFixture;
import org.usrok.fund.it.support.FundDeployment;
import org.usrok.fund.it.support.PaidCompany;
import org.usrok.fund.shared.CountryCode;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal's PDF buttons in headless Chromium: the company downloads its award letter from its
 * allocations and its statement from its payments, an officer the round's allocation report from
 * the round's allocation page, and an auditor the trial balance from the ledger; each file is read
 * back with PDFBox. The first test pays a company inside the server (the portal cannot close a
 * claim window early) and hands the names to the second, a client, in a file beside the server.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DocumentJourneyIT {

    private static final String HANDOFF = "document-journey.properties";

    @Deployment
    static EnterpriseArchive deployment() {
        return FundDeployment.withTests(DocumentJourneyIT.class);
    }

    @Inject
    DisbursementFixture fixture;

    @Test
    @Order(1)
    void aCompanyPaidUsd2500() throws IOException {
        PaidCompany paid = fixture.paid(CountryCode.US, "2500.00");
        Properties handoff = new Properties();
        handoff.setProperty("roundName", paid.claim().roundName());
        handoff.setProperty("roundId", Long.toString(paid.roundId()));
        handoff.setProperty("companyName", paid.claim().companyName());
        handoff.setProperty("companyUser", paid.user().username());
        handoff.setProperty("officer", fixture.actors().newOfficer(CountryCode.KR).username());
        handoff.setProperty("auditor", fixture.actors().newAuditor().username());
        try (Writer out = Files.newBufferedWriter(handoffFile(Path.of(System.getProperty("jboss.home.dir"))))) {
            handoff.store(out, "DocumentJourneyIT");
        }
    }

    private static Path handoffFile(Path server) {
        return server.toAbsolutePath().getParent().resolve(HANDOFF);
    }

    @Test
    @Order(2)
    @RunAsClient
    void eachDocumentIsDownloadedFromThePageWhereItsDataIsShown() throws IOException {
        Properties data = new Properties();
        try (Reader in = Files.newBufferedReader(handoffFile(Path.of(System.getProperty("jboss.home", "target/server"))))) {
            data.load(in);
        }
        String round = data.getProperty("roundName");
        String roundId = data.getProperty("roundId");
        String company = data.getProperty("companyName");
        Path downloads = Files.createTempDirectory("fund-downloads");
        try (Browser browser = new Browser(downloads)) {
            browser.signIn(data.getProperty("companyUser"), Actors.PASSWORD);
            browser.click("menuForm:allocations");
            browser.click("allocationsForm:allocations:0:awardLetter");
            String letter = text(browser.awaitDownload(downloads, "award-letter-round-" + roundId + "-", ".pdf"));
            assertThat(letter).contains("Award letter", company, round, "USD 2,500.00", "Certificate SHA-256");
            browser.click("menuForm:payments");
            browser.click("paymentsForm:statement");
            String statement = text(browser.awaitDownload(downloads, "statement-company-", ".pdf"));
            assertThat(statement).contains("Company statement", company, round, "USD 2,500.00");
            browser.signOut();

            browser.signIn(data.getProperty("officer"), Actors.PASSWORD);
            browser.click("menuForm:rounds");
            browser.find("[id='roundsForm:rounds_data']");
            browser.driver().findElement(By.xpath("//tbody[@id='roundsForm:rounds_data']/tr[.//a[text()='"
                    + round + "']]//a[contains(@class,'round-allocation')]")).click();
            browser.click("reportForm:allocationReport");
            String report = text(browser.awaitDownload(downloads, "allocation-report-round-" + roundId, ".pdf"));
            assertThat(report).contains("Allocation report", round, company, "USD 2,500.00");
            browser.signOut();

            browser.signIn(data.getProperty("auditor"), Actors.PASSWORD);
            browser.open("auditor/trial-balance.xhtml");
            browser.click("trialForm:trialBalancePdf");
            String balance = text(browser.awaitDownload(downloads, "trial-balance-" + LocalDate.now(ZoneOffset.UTC),
                    ".pdf"));
            assertThat(balance).contains("Trial balance", "USD", "KRW", "Debit", "Credit");
            browser.signOut();
        }
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
            return new PDFTextStripper().getText(document).replace('\u00a0', ' ').replaceAll("\\s+", " ");
        }
    }
}
