package org.usrok.fund.it.browser;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.usrok.fund.it.support.ApiClient;
import org.usrok.fund.it.support.Browser;
import org.usrok.fund.it.support.FundDeployment;
import org.usrok.fund.it.support.TestData;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One instant, read by each viewer in their own zone: a Korean officer sees an account's creation
 * in the audit trail in Korea time (named in English, then in Korean), a U.S. officer the same
 * instant in Eastern time; the U.S. officer then chooses Pacific time on their profile and the
 * same row follows.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TimeZoneJourneyIT {

    private static final String PASSWORD = "http-test-password";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return FundDeployment.application();
    }

    private static String expected(Instant instant, String zone, Locale locale) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm zzzz", locale).format(instant.atZone(ZoneId.of(zone)));
    }

    private static String when(Browser browser, long accountId) {
        browser.open("auditor/audit.xhtml?entityType=UserAccount&entityId=" + accountId);
        return browser.find("#auditForm\\:records_data .audit-when").getText();
    }

    @Test
    void aKoreanAndAUsOfficerReadTheSameInstantInTheirOwnZones() {
        ApiClient korean = ApiClient.newUser("zone-kr", "OFFICER_KR", "KR");
        ApiClient american = ApiClient.newUser("zone-us", "OFFICER_US", "US");
        String subject = "zone-subject." + TestData.suffix();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("username", subject);
        body.put("password", PASSWORD);
        body.put("displayName", "Subject " + subject);
        body.put("email", subject + "@example.test");
        body.put("roles", Set.of("AUDITOR"));
        long accountId = ApiClient.demoAdmin().post("users", body).id();
        JsonObject created = korean.get("audit/records?entityType=UserAccount&entityId=" + accountId + "&action=USER_CREATED")
                .json().getJsonArray("items").getJsonObject(0);
        Instant at = Instant.parse(created.getString("occurredAt"));

        try (Browser browser = new Browser()) {
            browser.signIn(korean.username(), PASSWORD);
            assertThat(when(browser, accountId)).isEqualTo(expected(at, "Asia/Seoul", Locale.ENGLISH))
                    .endsWith("Korean Standard Time");
            browser.click("menuForm:langKo");
            browser.byId("menuForm:langEn");
            assertThat(when(browser, accountId)).isEqualTo(expected(at, "Asia/Seoul", Locale.KOREAN))
                    .endsWith("\uB300\uD55C\uBBFC\uAD6D \uD45C\uC900\uC2DC");
            browser.click("menuForm:langEn");
            browser.byId("menuForm:langKo");
            browser.signOut();

            browser.signIn(american.username(), PASSWORD);
            assertThat(when(browser, accountId)).isEqualTo(expected(at, "America/New_York", Locale.ENGLISH))
                    .doesNotContain("America/New_York");

            browser.click("menuForm:profile");
            assertThat(browser.byId("profileForm:timeZone_label").getText()).isEqualTo("Eastern Time (New York)");
            browser.choose("profileForm:timeZone", "Pacific Time (Los Angeles)");
            browser.click("profileForm:save");
            browser.waitForText("#messages", "Times are now shown in Pacific Time (Los Angeles).");
            assertThat(browser.byId("profileForm:now").getText()).contains("Pacific");
            assertThat(when(browser, accountId)).isEqualTo(expected(at, "America/Los_Angeles", Locale.ENGLISH));
            browser.signOut();
        }
        assertThat(american.get("me").json().getString("timeZone")).isEqualTo("America/Los_Angeles");
    }
}
