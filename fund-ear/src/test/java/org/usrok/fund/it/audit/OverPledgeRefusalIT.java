package org.usrok.fund.it.audit;

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
import org.usrok.fund.it.support.FundScenario.OpenRound;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Use case: an officer tries to record more than the pledge, and a receipt for the other
 * government. Both are refused over the API, nothing is booked, and each leaves a REFUSED audit
 * record naming the rule, which an auditor finds with {@code GET /audit/records?outcome=REFUSED};
 * a malformed amount is refused too but is input validation, not recorded.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OverPledgeRefusalIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return FundDeployment.application();
    }

    private static final ApiClient AUDITOR = ApiClient.as("auditor", ApiClient.DEMO_PASSWORD);

    private static Map<String, Object> receipt(String government, String amount, String bankReference) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("government", government);
        body.put("amount", amount);
        body.put("receivedOn", "2026-11-25");
        body.put("bankReference", bankReference);
        return body;
    }

    private static Reply refused(Reply reply, int status, String type) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.json().getString("type")).isEqualTo("urn:fund:problem:" + type);
        return reply;
    }

    private static List<JsonObject> items(Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    @Test
    void anOverPledgeAndAReceiptForTheOtherGovernmentAreRefusedAndAuditedWithTheirRules() {
        OpenRound round = FundScenario.openRound();
        ApiClient officer = FundScenario.officer("US");
        String path = "rounds/" + round.id() + "/contributions/receipts";
        FundScenario.expect(officer.post(path, receipt("US", "49999999.00", "FED-1")), 201);

        Reply over = refused(officer.post(path, receipt("US", "1.01", "FED-2")), 422, "contribution-exceeds-pledge");
        Reply otherGovernment = refused(officer.post(path, receipt("KR", "1000", "BOK-1")), 403, "own-country-only");
        refused(officer.post(path, receipt("US", "0.001", "FED-3")), 422, "invalid-amount");

        List<JsonObject> refusals = items(AUDITOR.get("audit/records?outcome=REFUSED&actor=" + officer.username()));
        assertThat(refusals).as("newest first; the malformed amount is not recorded").hasSize(2);
        assertThat(refusals).allSatisfy(r -> {
            assertThat(r.getString("outcome")).isEqualTo("REFUSED");
            assertThat(r.getString("action")).isEqualTo("CONTRIBUTION_RECEIVED");
            assertThat(r.getString("entityType")).isEqualTo("FundingRound");
            assertThat(r.getString("entityId")).isEqualTo(String.valueOf(round.id()));
            assertThat(r.containsKey("before")).isFalse();
            assertThat(r.containsKey("after")).isFalse();
        });
        assertThat(refusals.get(0).getString("refusalRule")).isEqualTo("own-country-only");
        assertThat(refusals.get(0).getString("refusalMessage")).isEqualTo(otherGovernment.json().getString("detail"));
        assertThat(refusals.get(1).getString("refusalRule")).isEqualTo("contribution-exceeds-pledge");
        assertThat(refusals.get(1).getString("refusalMessage"))
                .as("the officer was told the same").isEqualTo(over.json().getString("detail")).contains("1.00");

        List<JsonObject> done = items(AUDITOR.get("audit/records?outcome=DONE&actor=" + officer.username()));
        assertThat(done).extracting(r -> r.getString("action")).contains("CONTRIBUTION_RECEIVED");
        assertThat(done).allSatisfy(r -> {
            assertThat(r.getString("outcome")).isEqualTo("DONE");
            assertThat(r.containsKey("refusalRule")).isFalse();
        });
        assertThat(items(AUDITOR.get("audit/records?size=200&actor=" + officer.username())))
                .as("without the filter: changes and refusals").hasSize(done.size() + 2);
        assertThat(items(AUDITOR.get("audit/records?outcome=refused&action=CONTRIBUTION_RECEIVED&entityType=FundingRound"
                + "&entityId=" + round.id()))).hasSize(2);

        Reply last = officer.post(path, receipt("US", "1.00", "FED-4"));
        assertThat(last.status()).as("the refusals booked nothing: exactly 1.00 is still outstanding; %s", last.body())
                .isEqualTo(201);
    }

    @Test
    void anUnknownOutcomeIsABadRequestNamingTheParameter() {
        Reply reply = AUDITOR.get("audit/records?outcome=MAYBE");
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.json().getString("type")).isEqualTo("urn:fund:problem:bad-request");
        assertThat(reply.json().getString("detail")).contains("'outcome'");
    }
}
