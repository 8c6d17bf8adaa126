package org.usrok.fund.it.api;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.usrok.fund.it.support.ApiClient;
import org.usrok.fund.it.support.ApiClient.Reply;
import org.usrok.fund.it.support.FundDeployment;
import org.usrok.fund.it.support.FundScenario;
import org.usrok.fund.it.support.FundScenario.Company;
import org.usrok.fund.it.support.FundScenario.OpenRound;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each user's notifications over HTTP: who hears of what, the text in their language (a round by its
 * Korean name for a Korean reader), and marking them read.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NotificationApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return FundDeployment.application();
    }

    private static void assertProblem(Reply reply, int status, String type) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith(FundScenario.PROBLEM);
        assertThat(reply.json().getString("type")).isEqualTo("urn:fund:problem:" + type);
    }

    private static List<JsonObject> items(Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private static long unread(ApiClient user) {
        Reply count = user.get("notifications/unread-count");
        assertThat(count.status()).as(count.body()).isEqualTo(200);
        return count.json().getJsonNumber("unread").longValue();
    }

    @Test
    void officersOfBothGovernmentsHearOfADraftInTheirOwnLanguage() {
        ApiClient krOfficer = FundScenario.officer("KR");
        assertThat(unread(krOfficer)).isZero();
        Map<String, Object> body = FundScenario.roundBody(FundScenario.newMaterial());
        ApiClient drafter = FundScenario.officer("US");
        long roundId = drafter.post("rounds", body).id();

        List<JsonObject> english = items(krOfficer.get("notifications?unreadOnly=true"));
        assertThat(english).filteredOn(n -> n.getJsonNumber("subjectId").longValue() == roundId)
                .singleElement().satisfies(n -> {
                    assertThat(n.getString("kind")).isEqualTo("ROUND_AWAITS_SIGN_OFF");
                    assertThat(n.getString("subjectType")).isEqualTo("FundingRound");
                    assertThat(n.getString("text")).contains((String) body.get("nameEn")).contains(drafter.username())
                            .contains("sign-off");
                    assertThat(n.getString("messageKey")).isEqualTo("notification.roundAwaitsSignOff");
                    assertThat(n.getBoolean("unread")).isTrue();
                });
        List<JsonObject> korean = items(krOfficer.header("Accept-Language", "ko").get("notifications"));
        assertThat(korean).filteredOn(n -> n.getJsonNumber("subjectId").longValue() == roundId)
                .singleElement().satisfies(n -> {
                    assertThat(n.getString("text")).contains("승인을 기다리고 있습니다")
                            .contains((String) body.get("nameKo")).doesNotContain((String) body.get("nameEn"));
                    assertThat(n.getJsonArray("messageArgs").getString(0)).isEqualTo(body.get("nameKo"));
                });
        assertThat(unread(krOfficer)).isEqualTo(1);
    }

    @Test
    void aCompanyHearsOfItsDecisionsAndMarksThemRead() {
        OpenRound round = FundScenario.openRound();
        Company company = FundScenario.verifiedCompany("US");
        long applicationId = FundScenario.apply(company, round);
        company.user().post("applications/" + applicationId + "/submission", Map.of());
        ApiClient officer = FundScenario.officer("US");
        officer.post("applications/" + applicationId + "/review", Map.of());
        officer.post("applications/" + applicationId + "/decision", Map.of("decision", "RETURN",
                "reason", "Attach the signed offtake agreement."));

        List<JsonObject> inbox = items(company.user().get("notifications"));
        JsonObject returned = inbox.stream().filter(n -> n.getString("kind").equals("APPLICATION_RETURNED"))
                .findFirst().orElseThrow();
        assertThat(returned.getJsonNumber("subjectId").longValue()).isEqualTo(applicationId);
        assertThat(returned.getString("text")).contains("returned").contains("Attach the signed offtake agreement.");
        long before = unread(company.user());
        assertThat(before).isPositive();

        Reply read = company.user().post("notifications/" + returned.getJsonNumber("id").longValue() + "/read", null);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(read.json().getBoolean("unread")).isFalse();
        assertThat(read.json().getString("readAt")).isNotBlank();
        assertThat(unread(company.user())).isEqualTo(before - 1);

        assertProblem(officer.post("notifications/" + returned.getJsonNumber("id").longValue() + "/read", null), 404,
                "not-found");
        assertProblem(company.user().get("notifications?unreadOnly=perhaps"), 400, "bad-request");

        Reply all = company.user().post("notifications/read-all", null);
        assertThat(all.status()).as(all.body()).isEqualTo(200);
        assertThat(all.json().getInt("marked")).isEqualTo((int) (before - 1));
        assertThat(unread(company.user())).isZero();
        assertThat(items(company.user().get("notifications?unreadOnly=true"))).isEmpty();
    }
}
