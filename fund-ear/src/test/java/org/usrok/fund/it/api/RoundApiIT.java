package org.usrok.fund.it.api;

import jakarta.json.Json;
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
import org.usrok.fund.it.support.TestData;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Reference data and funding rounds over HTTP: drafting, the bilateral sign-off, and the refusals around them. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RoundApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return FundDeployment.application();
    }

    private static void assertProblem(Reply reply, int status, String type) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith(FundScenario.PROBLEM);
        JsonObject problem = reply.json();
        assertThat(problem.getString("type")).isEqualTo("urn:fund:problem:" + type);
        assertThat(problem.getInt("status")).isEqualTo(status);
        assertThat(reply.body()).doesNotContain("Exception").doesNotContain("at org.");
    }

    private static List<JsonObject> array(Reply reply) {
        return Json.createReader(new StringReader(reply.body())).readArray().getValuesAs(JsonObject.class);
    }

    @Test
    void everyoneReadsReferenceDataAndOnlyAdministratorsChangeIt() {
        ApiClient company = FundScenario.companyUser("KR");
        Reply materials = company.get("reference/materials");
        assertThat(materials.status()).as(materials.body()).isEqualTo(200);
        assertThat(array(materials)).extracting(m -> m.getString("code"))
                .contains("LITHIUM", "GRAPHITE", "NICKEL", "COBALT");
        Reply categories = company.get("reference/cost-categories");
        assertThat(array(categories)).extracting(c -> c.getString("code"))
                .contains("PRICE_DIFFERENTIAL", "SUPPLIER_QUALIFICATION", "OTHER");
        assertThat(array(categories)).filteredOn(c -> c.getBoolean("computedByRule"))
                .extracting(c -> c.getString("code")).containsExactly("PRICE_DIFFERENTIAL");

        String code = FundScenario.newMaterial();
        assertProblem(company.put("reference/materials/" + code + "/active", Map.of("active", false)), 403, "forbidden");
        Reply retired = ApiClient.demoAdmin().put("reference/materials/" + code + "/active", Map.of("active", false));
        assertThat(retired.status()).as(retired.body()).isEqualTo(200);
        assertThat(retired.json().getBoolean("active")).isFalse();
        assertThat(array(company.get("reference/materials"))).extracting(m -> m.getString("code")).doesNotContain(code);
        assertThat(array(company.get("reference/materials?includeInactive=true")))
                .extracting(m -> m.getString("code")).contains(code);
        assertProblem(ApiClient.demoAdmin().put("reference/materials/" + code + "/active", Map.of()), 400, "validation");
        assertProblem(ApiClient.demoAdmin().post("reference/materials", Map.of("code", code, "nameEn", "Again",
                "nameKo", "다시")), 409, "material-code-taken");
    }

    @Test
    void aRoundOpensOnlyWithOneSignOffPerGovernmentNeitherByTheDrafter() {
        String material = FundScenario.newMaterial();
        ApiClient drafter = FundScenario.officer("US");
        Reply drafted = drafter.header("Idempotency-Key", UUID.randomUUID().toString())
                .post("rounds", FundScenario.roundBody(material));
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
        long id = drafted.id();
        assertThat(drafted.header("Location")).endsWith("/fund/api/rounds/" + id);
        JsonObject round = drafted.json();
        assertThat(round.getString("status")).isEqualTo("DRAFT");
        assertThat(round.getString("draftedBy")).isEqualTo(drafter.username());
        assertThat(round.getJsonObject("usContribution").getString("amount")).isEqualTo("50000000.00");
        assertThat(round.getJsonObject("usContribution").getString("currency")).isEqualTo("USD");
        assertThat(round.getJsonObject("krContribution").getString("amount")).isEqualTo("65000000000");
        assertThat(round.getString("eligibleSharePercent")).isEqualTo("50");
        assertThat(round.getString("applicationOpensAt")).endsWith("Z");

        Reply drafterSigns = drafter.post("rounds/" + id + "/sign-off", Map.of());
        assertProblem(drafterSigns, 403, "bilateral-sign-off");
        Reply korean = drafter.header("Accept-Language", "ko").post("rounds/" + id + "/sign-off", Map.of());
        assertProblem(korean, 403, "bilateral-sign-off");
        assertThat(korean.json().getString("detail")).contains(drafter.username()).contains("승인할 수 없습니다");

        ApiClient company = FundScenario.companyUser("US");
        assertProblem(company.get("rounds/" + id), 404, "not-found");
        assertProblem(company.post("rounds/" + id + "/sign-off", Map.of()), 403, "forbidden");

        Reply us = FundScenario.officer("US").post("rounds/" + id + "/sign-off", Map.of("expectedVersion",
                round.getJsonNumber("version").longValue()));
        assertThat(us.status()).as(us.body()).isEqualTo(200);
        assertThat(us.json().getString("status")).isEqualTo("DRAFT");
        assertProblem(FundScenario.officer("US").post("rounds/" + id + "/sign-off", Map.of()), 409, "bilateral-sign-off");
        Reply kr = FundScenario.officer("KR").post("rounds/" + id + "/sign-off", Map.of());
        assertThat(kr.status()).as(kr.body()).isEqualTo(200);
        assertThat(kr.json().getString("status")).isEqualTo("OPEN");
        assertThat(kr.json().containsKey("openedAt")).isTrue();

        assertThat(company.get("rounds/" + id).json().getString("status")).isEqualTo("OPEN");
        Reply open = company.get("rounds?status=OPEN&size=200");
        assertThat(open.json().getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(r -> r.getJsonNumber("id").longValue()).contains(id);
    }

    @Test
    void aDraftIsRevisedWithTheVersionItWasReadAtAndLosesItsSignOffs() {
        String material = FundScenario.newMaterial();
        ApiClient drafter = FundScenario.officer("KR");
        JsonObject draft = drafter.post("rounds", FundScenario.roundBody(material)).json();
        long id = draft.getJsonNumber("id").longValue();
        Reply signed = FundScenario.officer("US").post("rounds/" + id + "/sign-off", Map.of());
        assertThat(signed.json().getString("usApprovedBy")).isNotBlank();

        Map<String, Object> revision = new LinkedHashMap<>(FundScenario.roundBody(material));
        revision.put("nameEn", "Revised round " + TestData.suffix());
        revision.put("expectedVersion", draft.getJsonNumber("version").longValue());
        assertProblem(drafter.put("rounds/" + id, revision), 409, "concurrent-change");
        revision.put("expectedVersion", signed.json().getJsonNumber("version").longValue());
        Reply revised = drafter.put("rounds/" + id, revision);

        assertThat(revised.status()).as(revised.body()).isEqualTo(200);
        assertThat(revised.json().getString("nameEn")).isEqualTo(revision.get("nameEn"));
        assertThat(revised.json().containsKey("usApprovedBy")).isFalse();
    }

    @Test
    void badInputIsAClientErrorWithItsType() {
        ApiClient officer = FundScenario.officer("US");
        assertProblem(FundScenario.companyUser("US").post("rounds", FundScenario.roundBody("GRAPHITE")), 403,
                "forbidden");
        assertProblem(officer.postRaw("rounds", "{\"nameEn\":", "application/json"), 400, "malformed-request");
        Map<String, Object> noOffset = new LinkedHashMap<>(FundScenario.roundBody("GRAPHITE"));
        noOffset.put("applicationOpensAt", "2026-12-01T09:00:00");
        assertProblem(officer.post("rounds", noOffset), 400, "malformed-request");
        assertProblem(officer.get("rounds?status=PAUSED"), 400, "bad-request");
        assertProblem(officer.get("rounds/987654321"), 404, "not-found");

        Map<String, Object> reversed = new LinkedHashMap<>(FundScenario.roundBody(FundScenario.newMaterial()));
        reversed.put("applicationClosesAt", reversed.get("applicationOpensAt"));
        Reply schedule = officer.post("rounds", reversed);
        assertProblem(schedule, 422, "round-schedule-invalid");
        Map<String, Object> cents = new LinkedHashMap<>(FundScenario.roundBody(FundScenario.newMaterial()));
        cents.put("krContribution", "1000.50");
        assertProblem(officer.post("rounds", cents), 422, "invalid-amount");
        Map<String, Object> unknown = new LinkedHashMap<>(FundScenario.roundBody("NO_SUCH_MATERIAL"));
        assertProblem(officer.post("rounds", unknown), 422, "unknown-reference");
    }
}
