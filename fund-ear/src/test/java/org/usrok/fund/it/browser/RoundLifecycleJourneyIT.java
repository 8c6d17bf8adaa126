package org.usrok.fund.it.browser;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.usrok.fund.it.support.Actors;
import org.usrok.fund.it.support.Browser;
import org.usrok.fund.it.support.DisbursementFixture;
import org.usrok.fund.it.support.FundDeployment;
import org.usrok.fund.it.support.RemoteFixtures;
import org.usrok.fund.it.support.ServerFixture;
import org.usrok.fund.it.support.TestData;
import org.usrok.fund.ledger.bundle.BundleVerifier;
import org.usrok.fund.security.Role;
import org.usrok.fund.shared.CountryCode;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One round from draft to paid and audited, every step clicked in the portal in one headless
 * Chromium, with its own data: the administrator creates the two companies' accounts; a U.S.
 * officer drafts the round and a ROK and a U.S. officer sign it off (which opens it); each
 * government's receipt is recorded; a U.S. company (in English) and a Korean company (every page
 * in Korean) register, are verified, register payout accounts, apply and file claims; officers of
 * each country approve the applications, review the claims and a second officer approves them;
 * the claim window passes and an officer closes the claims; a proportional and a capped scenario
 * are compared, the proportional one proposed and committed by an officer of each government;
 * each currency's batch is prepared by one officer and released by another, its pain.001 read
 * back and the payment recorded as paid; the auditor verifies the chain and exports the round's
 * journal lines; each company downloads its award letter. Each role's dashboard is checked and,
 * with {@code -Dfund.screenshots.dir=DIR}, saved as {@code DIR/dashboard-ROLE.png}.
 * <p>
 * Only the officers, auditor and administrator who act are made in the server ({@link Cast}); the
 * one step that is not a click is time passing: {@link ClaimWindowPassed} moves the round's claim
 * window an hour into the past, as the portal cannot close a window before it ends.
 * <p>
 * Amounts: USD 1,000.00 and KRW 1,000,000 received; the U.S. claim approved at USD 800.00 (a price
 * differential of 30.00 on 40 units at the round's 50 % eligible share, USD 600.00, and an audit of
 * USD 200.00), the Korean one at KRW 900,000. Proportionally each gets its approved amount; capped
 * at 50 % of its pool, USD 500.00 and KRW 500,000.
 */
@ExtendWith(ArquillianExtension.class)
class RoundLifecycleJourneyIT {

    private static final String PASSWORD = "journey-password-2026";
    private static final String KOREAN_CATEGORY = "공급업체 적격성 평가 및 감사";

    @Deployment
    static EnterpriseArchive deployment() {
        return FundDeployment.withTests(RoundLifecycleJourneyIT.class, Cast.class, ClaimWindowPassed.class);
    }

    /** The officers (two of each government), the auditor and the administrator of the journey. */
    public static final class Cast implements ServerFixture {

        @Override
        public Properties build(DisbursementFixture fixture) {
            Actors actors = fixture.actors();
            Properties names = new Properties();
            names.setProperty("usOfficer", actors.newOfficer(CountryCode.US).username());
            names.setProperty("usSecondOfficer", actors.newOfficer(CountryCode.US).username());
            names.setProperty("krOfficer", actors.newOfficer(CountryCode.KR).username());
            names.setProperty("krSecondOfficer", actors.newOfficer(CountryCode.KR).username());
            names.setProperty("auditor", actors.newAuditor().username());
            names.setProperty("admin", actors.newUser("admin", Role.ADMIN, null).username());
            return names;
        }
    }

    /** Time passing: the claim window of the round named by the parameter {@code round} ends. */
    public static final class ClaimWindowPassed implements ServerFixture {

        @Override
        public Properties build(DisbursementFixture fixture) {
            throw new IllegalArgumentException("name the round: round=<English name>");
        }

        @Override
        public Properties build(DisbursementFixture fixture, Map<String, String> parameters) {
            if (!parameters.containsKey("round")) {
                return build(fixture);
            }
            fixture.allocation().passClaimWindow(parameters.get("round"));
            return new Properties();
        }
    }

    /** The journey's names: the cast from the server, the rest made here. */
    private record Names(Properties cast, String suffix, String roundEn, String roundKo, String usUser,
                         String krUser, String usCompany, String krCompany) {

        String get(String role) {
            return cast.getProperty(role);
        }
    }

    @Test
    @RunAsClient
    void aRoundGoesFromDraftToPaidAndAuditedThroughThePortal() throws IOException, ParserConfigurationException,
            SAXException {
        String suffix = TestData.suffix();
        Names n = new Names(RemoteFixtures.build(Cast.class), suffix, "Graphite diversification " + suffix,
                "흑연 공급망 다변화 지원 공고 " + suffix, "us.company." + suffix, "kr.company." + suffix,
                "Sierra Anode " + suffix + " Inc.", "한빛음극재 " + suffix + " 주식회사");
        Path downloads = Files.createTempDirectory("fund-journey");
        try (Browser browser = new Browser(downloads)) {
            browser.signIn(n.get("admin"), Actors.PASSWORD);
            createCompanyAccount(browser, n.usUser(), "United States");
            createCompanyAccount(browser, n.krUser(), "Republic of Korea");
            browser.signOut();

            browser.signIn(n.get("usOfficer"), Actors.PASSWORD);
            draftRound(browser, n);
            browser.signOut();
            browser.signIn(n.get("krOfficer"), Actors.PASSWORD);
            openRound(browser, n.roundEn());
            browser.clickAndConfirm("roundForm:signOff");
            browser.waitForText("[id='roundForm:krSignOff']", n.get("krOfficer"));
            assertThat(browser.byId("roundForm:status").getText()).isEqualTo("Draft");
            browser.signOut();
            browser.signIn(n.get("usSecondOfficer"), Actors.PASSWORD);
            openRound(browser, n.roundEn());
            browser.clickAndConfirm("roundForm:signOff");
            browser.waitForText("[id='roundForm:status']", "Open");
            openRound(browser, n.roundEn());
            recordReceipt(browser, 0, "1000.00", "USD 1,000.00");
            browser.signOut();

            browser.signIn(n.usUser(), PASSWORD);
            registerUsCompany(browser, n.usCompany());
            browser.signOut();
            browser.signIn(n.krUser(), PASSWORD);
            inKorean(browser);
            registerKrCompany(browser, n.krCompany());
            inEnglish(browser);
            browser.signOut();

            browser.signIn(n.get("usOfficer"), Actors.PASSWORD);
            verifyCompany(browser, n.usCompany());
            browser.signOut();
            browser.signIn(n.get("krOfficer"), Actors.PASSWORD);
            verifyCompany(browser, n.krCompany());
            openRound(browser, n.roundEn());
            recordReceipt(browser, 1, "1000000", "KRW 1,000,000");
            browser.signOut();

            browser.signIn(n.usUser(), PASSWORD);
            registerPayoutAccount(browser, "U.S. bank (routing + account number)", n.usCompany(), "021000021",
                    null, TestData.digits(12), "Pending verification");
            long usApplication = apply(browser, n.roundEn(), "Submitted");
            browser.signOut();
            browser.signIn(n.krUser(), PASSWORD);
            inKorean(browser);
            registerPayoutAccount(browser, "한국 은행(은행코드 + 계좌번호)", n.krCompany(), null, "004 KB국민은행",
                    TestData.digits(12), "검증 대기");
            long krApplication = apply(browser, n.roundKo(), "제출됨");
            inEnglish(browser);
            browser.signOut();

            browser.signIn(n.get("usOfficer"), Actors.PASSWORD);
            verifyPayoutAccount(browser, n.usCompany());
            approveApplication(browser, usApplication);
            browser.signOut();
            browser.signIn(n.get("krOfficer"), Actors.PASSWORD);
            verifyPayoutAccount(browser, n.krCompany());
            approveApplication(browser, krApplication);
            browser.signOut();

            browser.signIn(n.usUser(), PASSWORD);
            long usClaim = fileUsClaim(browser, usApplication);
            browser.signOut();
            browser.signIn(n.krUser(), PASSWORD);
            inKorean(browser);
            long krClaim = fileKrClaim(browser, krApplication);
            inEnglish(browser);
            browser.signOut();

            browser.signIn(n.get("usOfficer"), Actors.PASSWORD);
            review(browser, usClaim, "USD 800.00");
            browser.signOut();
            browser.signIn(n.get("usSecondOfficer"), Actors.PASSWORD);
            approveClaim(browser, usClaim, "USD 800.00");
            browser.signOut();
            browser.signIn(n.get("krOfficer"), Actors.PASSWORD);
            review(browser, krClaim, "KRW 900,000");
            browser.signOut();
            browser.signIn(n.get("krSecondOfficer"), Actors.PASSWORD);
            approveClaim(browser, krClaim, "KRW 900,000");
            browser.signOut();

            RemoteFixtures.build(ClaimWindowPassed.class, Map.of("round", n.roundEn()));
            browser.signIn(n.get("usOfficer"), Actors.PASSWORD);
            openRound(browser, n.roundEn());
            browser.clickAndConfirm("roundForm:closeClaims");
            browser.waitForText("[id='roundForm:status']", "Claims closed");
            compareScenariosAndPropose(browser, n);
            browser.signOut();
            browser.signIn(n.get("usSecondOfficer"), Actors.PASSWORD);
            approveScenario(browser, n.roundEn(), "Proposed");
            browser.signOut();
            browser.signIn(n.get("krOfficer"), Actors.PASSWORD);
            approveScenario(browser, n.roundEn(), "Committed");
            browser.signOut();

            browser.signIn(n.get("usOfficer"), Actors.PASSWORD);
            prepareBatch(browser, n.roundEn(), "USD", "USD 800.00");
            browser.signOut();
            browser.signIn(n.get("krOfficer"), Actors.PASSWORD);
            prepareBatch(browser, n.roundEn(), "KRW", "KRW 900,000");
            browser.signOut();
            browser.signIn(n.get("krSecondOfficer"), Actors.PASSWORD);
            releaseAndPay(browser, downloads, n.roundEn(), "KRW", "900000");
            browser.signOut();
            browser.signIn(n.get("usSecondOfficer"), Actors.PASSWORD);
            long usdBatch = releaseAndPay(browser, downloads, n.roundEn(), "USD", "800.00");
            home(browser);
            browser.find("#officerDashboard");
            assertThat(browser.find(".dash-fund-US .dash-fund-paid .dash-count").getText()).startsWith("USD ");
            assertThat(browser.find(".dash-fund-KR .dash-fund-paid .dash-count").getText()).startsWith("KRW ")
                    .isNotEqualTo("KRW 0");
            screenshot(browser, "officer");
            browser.signOut();

            browser.signIn(n.usUser(), PASSWORD);
            seePaidAndAwardLetter(browser, downloads, n.roundEn(), n.usCompany(), "USD 800.00");
            home(browser);
            browser.find("#companyDashboard");
            assertThat(browser.find(".dash-round-approved .dash-count").getText()).isEqualTo("USD 800.00");
            assertThat(browser.find(".dash-round-allocated .dash-count").getText()).isEqualTo("USD 800.00");
            assertThat(browser.find(".dash-round-paid .dash-count").getText()).isEqualTo("USD 800.00");
            screenshot(browser, "company");
            browser.signOut();
            browser.signIn(n.krUser(), PASSWORD);
            inKorean(browser);
            seePaidAndAwardLetter(browser, downloads, n.roundKo(), n.krCompany(), "KRW 900,000");
            inEnglish(browser);
            browser.signOut();

            browser.signIn(n.get("auditor"), Actors.PASSWORD);
            verifyAndExport(browser, downloads, roundId(browser, n.roundEn()), usdBatch);
            home(browser);
            browser.find("#auditorDashboard");
            assertThat(browser.find("a[id$='trialBalance']").getText()).isEqualTo("Balanced");
            assertThat(browser.texts("a.dash-export")).isNotEmpty();
            assertThat(browser.find("a.dash-certificate").getText()).startsWith(n.roundEn() + " · Proportional");
            screenshot(browser, "auditor");
            browser.signOut();

            browser.signIn(n.get("admin"), Actors.PASSWORD);
            browser.find("#adminDashboard");
            assertThat(Long.parseLong(browser.find("a.dash-role-COMPANY .dash-count").getText())).isGreaterThanOrEqualTo(2);
            screenshot(browser, "admin");
            browser.signOut();
        }
    }

    private static void createCompanyAccount(Browser browser, String username, String country) {
        browser.click("menuForm:users");
        browser.type("newUser:username", username);
        browser.type("newUser:displayName", "Contact of " + username);
        browser.type("newUser:email", username + "@example.test");
        browser.choose("newUser:roles", "Company");
        browser.choose("newUser:country", country);
        browser.type("newUser:password", PASSWORD);
        browser.click("newUser:create");
        browser.waitForText("[id='messages']", "Account " + username + " created.");
    }

    private static void draftRound(Browser browser, Names n) {
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        int year = LocalDate.now(ZoneOffset.UTC).getYear();
        browser.click("menuForm:rounds");
        browser.byId("newRound").click();
        browser.type("roundForm:nameEn", n.roundEn());
        browser.type("roundForm:nameKo", n.roundKo());
        browser.type("roundForm:applicationOpensAt_input", year + "-01-01 09:00");
        browser.type("roundForm:applicationClosesAt_input", (year + 1) + "-12-31 18:00");
        browser.type("roundForm:claimOpensAt_input", year + "-01-01 09:00");
        browser.type("roundForm:claimClosesAt_input", (year + 1) + "-12-31 18:00");
        browser.type("roundForm:eligibleSharePercent", "50");
        browser.type("roundForm:usContribution", "5000.00");
        browser.type("roundForm:usPledgedOn_input", today);
        browser.type("roundForm:krContribution", "6500000");
        browser.type("roundForm:krPledgedOn_input", today);
        browser.tick("roundForm:materials", "GRAPHITE");
        for (String category : List.of("Price differential", "Supplier qualification and audits")) {
            browser.driver().findElement(By.xpath("//*[@id='roundForm:costCategories']//label[text()='"
                    + category + "']")).click();
        }
        browser.click("roundForm:save");
        browser.waitForText("[id='roundForm:status']", "Draft");
        assertThat(browser.byId("roundForm:draftedBy").getText()).isEqualTo(n.get("usOfficer"));
        assertThat(browser.byId("roundForm:usSignOff").getText()).isEqualTo("awaiting sign-off");
        assertThat(browser.driver().findElements(By.id("roundForm:signOff"))).as("the drafter cannot sign off").isEmpty();
    }

    /** The round page is a protected view: reached through the rounds list, as a person would. */
    private static void openRound(Browser browser, String roundName) {
        browser.click("menuForm:rounds");
        browser.find("[id='roundsForm:rounds_data']");
        browser.driver().findElement(By.xpath("//tbody[@id='roundsForm:rounds_data']//a[contains(@class,'round-name')"
                + " and text()='" + roundName + "']")).click();
        browser.byId("roundForm:status");
    }

    /** From the rounds list to one of the round's pages by the link of class {@code linkClass}. */
    private static void fromTheRounds(Browser browser, String roundName, String linkClass) {
        browser.click("menuForm:rounds");
        browser.find("[id='roundsForm:rounds_data']");
        browser.driver().findElement(By.xpath("//tbody[@id='roundsForm:rounds_data']/tr[.//a[text()='"
                + roundName + "']]//a[contains(@class,'" + linkClass + "')]")).click();
    }

    /** The {@code id} parameter of the page's address. */
    private static long idInTheAddress(Browser browser) {
        String address = browser.driver().getCurrentUrl();
        Matcher id = Pattern.compile("[?&]id=(\\d+)").matcher(address);
        assertThat(id.find()).as(address).isTrue();
        return Long.parseLong(id.group(1));
    }

    /**
     * The bytes of the download named {@code prefix...suffix}, which is then deleted, so that the
     * next download of the same name (the other company's award letter) is not mistaken for it.
     */
    private static byte[] take(Browser browser, Path downloads, String prefix, String suffix) throws IOException {
        Path file = browser.awaitDownload(downloads, prefix, suffix);
        byte[] bytes = Files.readAllBytes(file);
        Files.delete(file);
        return bytes;
    }

    private static long roundId(Browser browser, String roundName) {
        browser.click("menuForm:rounds");
        browser.find("[id='roundsForm:rounds_data']");
        String href = browser.driver().findElement(By.xpath("//tbody[@id='roundsForm:rounds_data']//a[contains(@class,"
                + "'round-name') and text()='" + roundName + "']")).getAttribute("href");
        Matcher id = Pattern.compile("[?&]id=(\\d+)").matcher(href);
        assertThat(id.find()).as(href).isTrue();
        return Long.parseLong(id.group(1));
    }

    /** Records a receipt of the whole amount for the government in row {@code row} (0 U.S., 1 ROK). */
    private static void recordReceipt(Browser browser, int row, String amount, String received) {
        browser.type("contributionsForm:amount", amount);
        browser.type("contributionsForm:receivedOn_input", LocalDate.now(ZoneOffset.UTC).toString());
        browser.type("contributionsForm:bankReference", "WIRE-" + TestData.suffix());
        browser.clickAndAwaitUpdate("contributionsForm:recordReceipt",
                "[id='contributionsForm:governments:" + row + ":received']");
        browser.waitForText("[id='contributionsForm:governments:" + row + ":received']", received);
    }

    private static void registerUsCompany(Browser browser, String legalName) {
        browser.click("menuForm:myCompany");
        browser.type("registration:legalName", legalName);
        browser.choose("registration:country", "United States");
        browser.byId("registration:ein");
        browser.type("registration:ein", TestData.ein());
        browser.type("registration:uei", TestData.uei());
        browser.type("registration:street", "1200 Commerce Drive");
        browser.type("registration:city", "Knoxville");
        browser.type("registration:region", "TN");
        browser.type("registration:postalCode", "37902");
        browser.choose("registration:industrySector", "Batteries");
        browser.type("registration:contactName", "Dana Miller");
        browser.type("registration:contactEmail", "dana@example.com");
        browser.click("registration:submit");
        browser.waitForText("[id='status']", "Pending verification");
    }

    private static void registerKrCompany(Browser browser, String legalName) {
        browser.click("menuForm:myCompany");
        browser.type("registration:legalName", legalName);
        browser.choose("registration:country", "대한민국");
        browser.byId("registration:brn");
        browser.type("registration:brn", TestData.brn());
        browser.type("registration:street", "테헤란로 152");
        browser.type("registration:city", "서울");
        browser.type("registration:postalCode", "06236");
        browser.choose("registration:industrySector", "배터리");
        browser.type("registration:contactName", "박지호");
        browser.type("registration:contactEmail", "jiho@example.kr");
        browser.click("registration:submit");
        browser.waitForText("[id='status']", "검증 대기");
    }

    private static void registerPayoutAccount(Browser browser, String scheme, String holder, String routingNumber,
                                              String bank, String accountNumber, String pending) {
        browser.click("menuForm:payoutAccounts");
        browser.choose("accountForm:scheme", scheme);
        if (routingNumber != null) {
            browser.type("accountForm:routingNumber", routingNumber);
        } else {
            browser.choose("accountForm:bankCode", bank);
        }
        browser.type("accountForm:holderName", holder);
        browser.type("accountForm:accountNumber", accountNumber);
        browser.click("accountForm:register");
        browser.waitForText("[id='accountsForm:accounts_data'] .payout-status", pending);
    }

    private static void verifyCompany(Browser browser, String legalName) {
        browser.click("menuForm:companies");
        browser.type("companiesForm:companies:legalNameCol:filter", legalName);
        browser.waitForText("[id='companiesForm:companies_paginator_top']", "1-1 / 1");
        browser.find("[id='companiesForm:companies_data'] .verify-button").click();
        browser.waitForText("[id='companiesForm:companies_data'] .company-status", "Verified");
    }

    private static void verifyPayoutAccount(Browser browser, String legalName) {
        browser.click("menuForm:payoutAccounts");
        WebElement before = browser.find("[id='queueForm:accounts_data']");
        browser.type("queueForm:nameFilter", legalName);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(before));
        browser.waitForText("[id='queueForm:accounts_paginator_top']", "1-1 / 1");
        browser.find("[id='queueForm:accounts_data'] .verify-button").click();
        browser.waitForText("[id='messages']", "Payout account verified: " + legalName);
    }

    private static long apply(Browser browser, String roundName, String submitted) {
        browser.click("menuForm:applications");
        browser.driver().findElement(By.xpath("//tbody[@id='applicationsForm:openRounds_data']/tr[contains(.,'"
                + roundName + "')]//*[contains(@class,'apply-button')]//a")).click();
        browser.type("applicationForm:summary", "Qualify an Australian refiner and move 60% of the graphite to it.");
        browser.type("applicationForm:startsOn_input", LocalDate.now(ZoneOffset.UTC).getYear() + "-01-01");
        browser.type("applicationForm:endsOn_input", LocalDate.now(ZoneOffset.UTC).getYear() + "-12-31");
        browser.tick("applicationForm:materials", "GRAPHITE");
        browser.type("applicationForm:currentSources:0:country", "CN");
        browser.type("applicationForm:currentSources:0:supplier", "Single-source Refinery Ltd.");
        browser.type("applicationForm:currentSources:0:sharePercent", "100");
        browser.type("applicationForm:targetSources:0:country", "AU");
        browser.type("applicationForm:targetSources:0:supplier", "Kwinana Graphite Pty Ltd");
        browser.type("applicationForm:targetSources:0:sharePercent", "100");
        browser.click("applicationForm:save");
        long id = Long.parseLong(browser.byId("applicationNumber").getText().strip());
        browser.click("eligibilityForm:submit");
        browser.waitForText("[id='status']", submitted);
        return id;
    }

    private static void approveApplication(Browser browser, long applicationId) {
        browser.click("menuForm:applications");
        browser.follow("[id='queueForm:applications_data'] a.application-link", "/officer/application.xhtml",
                "id=" + applicationId);
        browser.waitForText("[id='status']", "Submitted");
        browser.click("reviewForm:startReview");
        browser.waitForText("[id='status']", "Under review");
        browser.clickAndConfirm("reviewForm:approve");
        browser.waitForText("[id='status']", "Approved");
    }

    /** A price differential (computed live: 30.00 on 40 units at 50 %) and an audit: USD 800.00. */
    private static long fileUsClaim(Browser browser, long applicationId) {
        openClaimForm(browser, applicationId, "Q3 diversification costs");
        browser.choose("claimForm:lines:0:category", "Price differential");
        line(browser, 0, "Graphite bought from the Australian refiner");
        browser.type("claimForm:lines:0:oldUnitPrice", "100.00");
        browser.type("claimForm:lines:0:newUnitPrice", "130.00");
        browser.type("claimForm:lines:0:quantity", "40");
        browser.byId("claimForm:lines:0:quantity").sendKeys(Keys.TAB);
        browser.waitForText("[id='claimForm:lines:0:lineAmount']", "600.00");
        browser.clickAndAwaitPresence("claimForm:addLine", "claimForm:lines:1:category_panel");
        browser.choose("claimForm:lines:1:category", "Supplier qualification and audits");
        line(browser, 1, "Qualification audit of the new refiner");
        browser.type("claimForm:lines:1:amount", "200.00");
        browser.byId("claimForm:lines:1:amount").sendKeys(Keys.TAB);
        browser.waitForText("[id='claimForm:total']", "800.00");
        return saveAndSubmitClaim(browser, "Submitted");
    }

    private static long fileKrClaim(Browser browser, long applicationId) {
        openClaimForm(browser, applicationId, "3분기 다변화 비용");
        browser.choose("claimForm:lines:0:category", KOREAN_CATEGORY);
        line(browser, 0, "신규 정제업체 적격성 감사");
        browser.type("claimForm:lines:0:amount", "900000");
        browser.byId("claimForm:lines:0:amount").sendKeys(Keys.TAB);
        browser.waitForText("[id='claimForm:total']", "900,000");
        return saveAndSubmitClaim(browser, "제출됨");
    }

    private static void openClaimForm(Browser browser, long applicationId, String title) {
        browser.click("menuForm:claims");
        browser.follow("[id='claimsForm:approved_data'] .file-claim-button a", "/company/claim.xhtml",
                "application=" + applicationId);
        browser.type("claimForm:title", title);
    }

    private static void line(Browser browser, int line, String description) {
        int year = LocalDate.now(ZoneOffset.UTC).getYear();
        browser.type("claimForm:lines:" + line + ":description", description);
        browser.type("claimForm:lines:" + line + ":periodStartsOn_input", year + "-07-01");
        browser.type("claimForm:lines:" + line + ":periodEndsOn_input", year + "-09-30");
    }

    private static long saveAndSubmitClaim(Browser browser, String submitted) {
        browser.click("claimForm:save");
        long id = Long.parseLong(browser.byId("claimNumber").getText().strip());
        browser.clickAndConfirm("claimForm:submit");
        browser.waitForText("[id='status']", submitted);
        return id;
    }

    private static void openFromTheClaimQueue(Browser browser, long claimId) {
        browser.click("menuForm:claims");
        browser.follow("[id='queueForm:claims_data'] a.claim-link", "/officer/claim.xhtml", "id=" + claimId);
    }

    private static void review(Browser browser, long claimId, String approvedTotal) {
        openFromTheClaimQueue(browser, claimId);
        browser.waitForText("[id='status']", "Submitted");
        browser.click("reviewForm:startReview");
        browser.waitForText("[id='status']", "In review");
        browser.waitForText("[id='reviewForm:approvedTotal']", approvedTotal);
        browser.clickAndConfirm("reviewForm:completeReview");
        browser.waitForText("[id='status']", "Reviewed, awaiting approval");
    }

    private static void approveClaim(Browser browser, long claimId, String approvedTotal) {
        openFromTheClaimQueue(browser, claimId);
        browser.waitForText("[id='status']", "Reviewed, awaiting approval");
        browser.clickAndConfirm("reviewForm:approve");
        browser.waitForText("[id='status']", "Approved");
        assertThat(browser.pageText()).contains(approvedTotal);
    }

    /** Runs a proportional and a capped scenario, compares them and proposes the proportional one. */
    private static void compareScenariosAndPropose(Browser browser, Names n) {
        browser.byId("roundForm:allocation").click();
        browser.find("[id='scenariosForm:scenarios']");
        assertThat(browser.texts(".pool-received")).containsExactly("USD 1,000.00", "KRW 1,000,000");
        browser.type("runForm:name", "Proportional");
        browser.click("runForm:simulate");
        browser.waitForText("[id='scenariosForm:scenarios_data']", "Proportional");
        browser.type("runForm:name", "Capped at 50 %");
        browser.type("runForm:capPercentOfPool", "50");
        browser.click("runForm:simulate");
        browser.waitForText("[id='scenariosForm:scenarios_data']", "Capped at 50 %");
        for (WebElement box : browser.driver().findElements(
                By.cssSelector("[id='scenariosForm:scenarios_data'] .ui-selection-column .ui-chkbox-box"))) {
            box.click();
        }
        browser.click("scenariosForm:compare");
        browser.find("[id='scenariosForm:companies']");
        List<String> heads = browser.texts("[id='scenariosForm:companies'] thead th");
        int capped = heads.indexOf("Capped at 50 %") < heads.indexOf("Proportional") ? 0 : 1;
        assertThat(shareOf(browser, n.usCompany(), capped)).isEqualTo("USD 500.00");
        assertThat(shareOf(browser, n.usCompany(), 1 - capped)).isEqualTo("USD 800.00");
        assertThat(shareOf(browser, n.krCompany(), capped)).isEqualTo("KRW 500,000");
        assertThat(shareOf(browser, n.krCompany(), 1 - capped)).isEqualTo("KRW 900,000");

        browser.driver().findElement(By.linkText("Proportional")).click();
        browser.waitForText("[id='scenarioForm:status']", "Simulated");
        browser.click("scenarioForm:propose");
        browser.waitForText("[id='scenarioForm:status']", "Proposed");
    }

    /** The comparison's share of {@code company} in scenario column {@code column}. */
    private static String shareOf(Browser browser, String company, int column) {
        for (WebElement row : browser.driver().findElements(By.cssSelector("[id='scenariosForm:companies_data'] tr"))) {
            if (row.findElement(By.cssSelector(".cmp-company")).getText().equals(company)) {
                return row.findElement(By.cssSelector(".cmp-share-" + column)).getText();
            }
        }
        throw new AssertionError("no comparison row for " + company);
    }

    private static void approveScenario(Browser browser, String roundName, String statusAfter) {
        fromTheRounds(browser, roundName, "round-allocation");
        browser.find("[id='scenariosForm:scenarios']");
        browser.driver().findElement(By.linkText("Proportional")).click();
        browser.waitForText("[id='scenarioForm:status']", "Proposed");
        browser.clickAndConfirm("scenarioForm:approve");
        browser.waitForText("[id='scenarioForm:status']", statusAfter);
    }

    private static void prepareBatch(Browser browser, String roundName, String currency, String total) {
        fromTheRounds(browser, roundName, "round-disbursements");
        browser.find("[id='batchesForm:batches']");
        browser.choose("prepareForm:currency", currency);
        browser.click("prepareForm:prepareBatch");
        browser.find("[id='preparedForm:preparedBatch']");
        assertThat(browser.byId("preparedForm:preparedTotal").getText()).isEqualTo(total);
    }

    /**
     * A second officer releases the batch of {@code currency}, downloads its pain.001 (control sum
     * and the one transfer's amount checked) and records the payment as paid; answers the batch's id.
     */
    private static long releaseAndPay(Browser browser, Path downloads, String roundName, String currency,
                                      String amount) throws IOException, ParserConfigurationException, SAXException {
        fromTheRounds(browser, roundName, "round-disbursements");
        browser.driver().findElement(By.xpath("//tbody[@id='batchesForm:batches_data']/tr[.//*[contains(@class,"
                + "'batch-total') and starts-with(text(),'" + currency + "')]]//a[contains(@class,'batch-link')]")).click();
        browser.waitForText("[id='batchForm:status']", "Awaiting release");
        long batchId = idInTheAddress(browser);
        browser.clickAndConfirm("batchForm:release");
        browser.waitForText("[id='batchForm:status']", "Released");
        String reference = browser.texts("[id='batchForm:payments_data'] .payment-reference").get(0);

        browser.click("batchForm:pain001");
        Document xml = parse(take(browser, downloads, "", ".pain001.xml"));
        assertThat(xml.getDocumentElement().getNamespaceURI()).contains("pain.001");
        assertThat(xml.getElementsByTagNameNS("*", "CtrlSum").item(0).getTextContent()).isEqualTo(amount);
        assertThat(xml.getElementsByTagNameNS("*", "NbOfTxs").item(0).getTextContent()).isEqualTo("1");
        assertThat(xml.getElementsByTagNameNS("*", "InstdAmt").item(0).getTextContent()).isEqualTo(amount);
        assertThat(xml.getElementsByTagNameNS("*", "InstdAmt").item(0).getAttributes().getNamedItem("Ccy")
                .getTextContent()).isEqualTo(currency);
        assertThat(xml.getElementsByTagNameNS("*", "EndToEndId").item(0).getTextContent()).isEqualTo(reference);

        browser.click("batchForm:payments:0:recordStatus");
        browser.byId("statusForm:status");
        browser.choose("statusForm:status", "Paid");
        browser.type("statusForm:bankReference", "BANK-" + currency + "-" + batchId);
        browser.click("statusForm:record");
        browser.waitForText("[id='batchForm:payments_data'] .payment-status", "Paid");
        return batchId;
    }

    private static void seePaidAndAwardLetter(Browser browser, Path downloads, String roundName, String company,
                                              String amount) throws IOException {
        browser.click("menuForm:payments");
        browser.waitForText("[id='paymentsForm:payments_data'] .pay-round", roundName);
        assertThat(browser.texts("[id='paymentsForm:payments_data'] .pay-amount")).containsExactly(amount);
        browser.click("menuForm:allocations");
        assertThat(browser.texts("[id='allocationsForm:allocations_data'] .alloc-share")).containsExactly(amount);
        browser.click("allocationsForm:allocations:0:awardLetter");
        String letter = pdfText(take(browser, downloads, "award-letter-round-", ".pdf"));
        assertThat(letter).contains(company, amount, "SHA-256");
    }

    private static void verifyAndExport(Browser browser, Path downloads, long roundId, long usdBatch)
            throws IOException {
        browser.click("menuForm:ledger");
        browser.click("chainForm:verify");
        browser.waitForText("[id='chainForm:verifyOk']", "Chain OK");
        browser.click("chainForm:download");
        BundleVerifier.Report bundle = BundleVerifier.verify(browser.awaitDownload(downloads, "fund-ledger-", ".zip"));
        assertThat(bundle.ok()).as(bundle.toString()).isTrue();
        String reference = "round:" + roundId + " disbursement-batch:" + usdBatch;
        browser.type("journalFilter:reference", reference);
        browser.clickAndAwaitUpdate("journalFilter:search", "[id='journalForm:journal_data']");
        browser.waitForText("[id='journalForm:journal_data'] tr:first-child .entry-reference", reference);
        browser.click("journalForm:exportCsv");
        byte[] csv = take(browser, downloads, "journal-", ".csv");
        List<List<String>> rows = TableExportJourneyIT.parseCsv(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8));
        int side = rows.get(0).indexOf("Debit/credit");
        int amount = rows.get(0).indexOf("Amount");
        int currency = rows.get(0).indexOf("Amount (currency)");
        int ref = rows.get(0).indexOf("Reference");
        List<List<String>> lines = rows.subList(1, rows.size());
        assertThat(lines).as("the release: obligation to payable, payable to cash").hasSize(4).allSatisfy(line -> {
            assertThat(line.get(ref)).isEqualTo(reference);
            assertThat(line.get(currency)).isEqualTo("USD");
            assertThat(line.get(amount)).isEqualTo("800.00");
        });
        assertThat(lines.stream().map(line -> line.get(side))).containsExactly("Debit", "Credit", "Debit", "Credit");
    }

    private static void inKorean(Browser browser) {
        browser.click("menuForm:langKo");
        browser.waitForText("[id='menuForm:inbox']", "알림함");
    }

    private static void inEnglish(Browser browser) {
        browser.click("menuForm:langEn");
        browser.waitForText("[id='menuForm:inbox']", "Inbox");
    }

    private static void home(Browser browser) {
        browser.open("");
        browser.find("#menuForm\\:logout");
    }

    /**
     * Shows the dashboard of {@code role} whole: every figure inside its card (a long amount such
     * as KRW 138,010,200,000 / KRW 138,010,200,000 once ran past the trial balance card) and, with
     * {@code -Dfund.screenshots.dir}, saves it.
     */
    private static void screenshot(Browser browser, String role) {
        Object overflowing = browser.runScript("return [...document.querySelectorAll('.fund-dash-card .dash-count')]"
                + ".filter(c => c.getBoundingClientRect().right > c.closest('.fund-dash-card')"
                + ".getBoundingClientRect().right + 1).map(c => c.textContent.trim());");
        assertThat((List<?>) overflowing).as("figures running out of their card").isEmpty();
        String dir = System.getProperty("fund.screenshots.dir");
        if (dir != null) {
            browser.screenshot(Path.of(dir, "dashboard-" + role + ".png"));
        }
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replace('\u00a0', ' ').replaceAll("\\s+", " ");
        }
    }

    private static Document parse(byte[] file) throws ParserConfigurationException, SAXException, IOException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(file));
    }
}
