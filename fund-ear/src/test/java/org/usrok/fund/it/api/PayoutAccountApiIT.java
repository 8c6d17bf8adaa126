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
import org.usrok.fund.it.support.FundScenario.Company;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Payout accounts through the JSON API over HTTP: registration, verification, masking, problems. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PayoutAccountApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return FundDeployment.application();
    }

    private static void assertProblem(Reply reply, int status, String type) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith(FundScenario.PROBLEM);
        assertThat(reply.json().getString("type")).isEqualTo("urn:fund:problem:" + type);
        assertThat(reply.body()).doesNotContain("Exception").doesNotContain("at org.");
    }

    private static List<String> violationFields(Reply reply) {
        return reply.json().getJsonArray("violations").getValuesAs(JsonObject.class).stream()
                .map(v -> v.getString("field")).toList();
    }

    private static Map<String, Object> krAccount(String bankCode, String accountNumber) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("currency", "KRW");
        body.put("scheme", "KR_BANK");
        body.put("holderName", "한빛소재 주식회사");
        body.put("bankCode", bankCode);
        body.put("accountNumber", accountNumber);
        return body;
    }

    private static List<JsonObject> array(Reply reply) {
        return Json.createReader(new StringReader(reply.body())).readArray().getValuesAs(JsonObject.class);
    }

    @Test
    void aCompanyRegistersAnOfficerOfItsCountryVerifiesOthersSeeItMasked() {
        Company company = FundScenario.verifiedCompany("KR");
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = krAccount("088", "110-123-456789");

        Reply created = company.user().header("Idempotency-Key", key).post("payout-accounts", body);
        Reply replayed = company.user().header("Idempotency-Key", key).post("payout-accounts", body);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.id();
        assertThat(created.header("Location")).endsWith("/fund/api/payout-accounts/" + id);
        assertThat(replayed.id()).isEqualTo(id);
        assertThat(replayed.header("Idempotent-Replayed")).isEqualTo("true");
        JsonObject account = created.json();
        assertThat(account.getString("status")).isEqualTo("PENDING_VERIFICATION");
        assertThat(account.getString("accountIdentifier")).isEqualTo("110123456789");
        assertThat(account.getBoolean("masked")).isFalse();
        assertThat(account.getBoolean("payable")).isFalse();
        assertThat(account.getJsonObject("bank").getString("nameKo")).isEqualTo("신한은행");
        assertThat(array(company.user().get("payout-accounts/mine"))).singleElement()
                .satisfies(a -> assertThat(a.getJsonNumber("id").longValue()).isEqualTo(id));

        ApiClient usOfficer = FundScenario.officer("US");
        Reply masked = usOfficer.get("payout-accounts/" + id);
        assertThat(masked.status()).isEqualTo(200);
        assertThat(masked.json().getString("accountIdentifier")).isEqualTo("****6789");
        assertThat(masked.json().getBoolean("masked")).isTrue();
        assertThat(masked.body()).doesNotContain("110123456789");
        assertProblem(usOfficer.post("payout-accounts/" + id + "/verification", Map.of()), 403, "own-country-only");

        ApiClient krOfficer = FundScenario.officer("KR");
        Reply queue = krOfficer.get("payout-accounts?status=PENDING_VERIFICATION&country=KR&size=200");
        assertThat(queue.status()).isEqualTo(200);
        assertThat(queue.json().getJsonArray("items").getValuesAs(JsonObject.class))
                .anySatisfy(a -> {
                    assertThat(a.getJsonNumber("id").longValue()).isEqualTo(id);
                    assertThat(a.getString("accountIdentifier")).isEqualTo("110123456789");
                });
        long version = account.getJsonNumber("version").longValue();
        assertProblem(krOfficer.post("payout-accounts/" + id + "/verification", Map.of("expectedVersion", version + 5)),
                409, "concurrent-change");
        Reply verified = krOfficer.post("payout-accounts/" + id + "/verification", Map.of("expectedVersion", version));
        assertThat(verified.status()).as(verified.body()).isEqualTo(200);
        assertThat(verified.json().getString("status")).isEqualTo("VERIFIED");
        assertThat(verified.json().getBoolean("payable")).isTrue();
        assertThat(verified.json().getJsonObject("verification").getString("by")).isEqualTo(krOfficer.username());

        Reply seenByCompany = company.user().get("payout-accounts/" + id);
        assertThat(seenByCompany.json().getJsonObject("verification").getString("by")).isEqualTo("OFFICER_KR");
        assertThat(array(krOfficer.get("payout-accounts/" + id + "/history")))
                .extracting(e -> e.getString("action"))
                .containsExactly("PAYOUT_ACCOUNT_REGISTERED", "PAYOUT_ACCOUNT_VERIFIED");
    }

    @Test
    void aChangeIsRejectedWithAReasonAndTheVerifiedAccountStaysInForce() {
        Company company = FundScenario.verifiedCompany("US");
        Map<String, Object> first = new LinkedHashMap<>();
        first.put("currency", "USD");
        first.put("scheme", "US_ABA");
        first.put("holderName", company.legalName());
        first.put("routingNumber", "026009593");
        first.put("accountNumber", "4471239856");
        long firstId = FundScenario.expect(company.user().post("payout-accounts", first), 201).id();
        ApiClient officer = FundScenario.officer("US");
        FundScenario.expect(officer.post("payout-accounts/" + firstId + "/verification", Map.of()), 200);
        Map<String, Object> change = new LinkedHashMap<>(first);
        change.put("accountNumber", "999999999");
        long changeId = FundScenario.expect(company.user().post("payout-accounts", change), 201).id();
        assertThat(company.user().get("payout-accounts/" + firstId).json().getBoolean("payable")).isFalse();

        Reply noReason = officer.post("payout-accounts/" + changeId + "/rejection", Map.of());
        assertProblem(noReason, 400, "validation");
        assertThat(violationFields(noReason)).contains("reason");
        Reply rejected = officer.post("payout-accounts/" + changeId + "/rejection",
                Map.of("reason", "Not confirmed by the company's finance office"));
        assertThat(rejected.status()).as(rejected.body()).isEqualTo(200);
        assertThat(rejected.json().getString("status")).isEqualTo("REJECTED");
        assertThat(rejected.json().getJsonObject("rejection").getString("reason"))
                .isEqualTo("Not confirmed by the company's finance office");
        assertProblem(officer.post("payout-accounts/" + changeId + "/verification", Map.of()), 409,
                "state-transition-refused");

        List<JsonObject> mine = array(company.user().get("payout-accounts/mine"));
        assertThat(mine).extracting(a -> a.getJsonNumber("id").longValue(), a -> a.getString("status"),
                        a -> a.getBoolean("payable"))
                .containsExactly(tuple(firstId, "VERIFIED", true),
                        tuple(changeId, "REJECTED", false));
    }

    @Test
    void badInputIsAProblemNamingEachFieldNever5xx() {
        Company company = FundScenario.verifiedCompany("US");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("currency", "KRW");
        body.put("scheme", "US_ABA");
        body.put("holderName", "");
        body.put("routingNumber", "021000022");
        body.put("accountNumber", "12");
        body.put("bic", "NOPE");

        Reply invalid = company.user().post("payout-accounts", body);
        assertProblem(invalid, 400, "validation");
        assertThat(violationFields(invalid)).containsExactlyInAnyOrder("currency", "holderName", "routingNumber",
                "accountNumber", "bic");
        Reply korean = company.user().header("Accept-Language", "ko").post("payout-accounts", body);
        assertThat(korean.json().getJsonArray("violations").getValuesAs(JsonObject.class))
                .anySatisfy(v -> assertThat(v.getString("message")).contains("라우팅 번호"));

        Map<String, Object> badIban = Map.of("currency", "USD", "scheme", "IBAN", "holderName", "X",
                "iban", "DE89370400440532013001");
        assertThat(violationFields(company.user().post("payout-accounts", badIban))).containsExactly("iban");
        assertProblem(company.user().post("payout-accounts", Map.of()), 400, "validation");
        assertProblem(company.user().postRaw("payout-accounts", "{\"scheme\":\"SWIFT\"}", "application/json"), 400,
                "malformed-request");
        assertProblem(FundScenario.registeredCompany("KR").user().post("payout-accounts", krAccount("004",
                "1234567890")), 422, "company-not-verified");
        assertProblem(FundScenario.officer("US").post("payout-accounts", krAccount("004", "1234567890")), 403,
                "forbidden");
        assertProblem(FundScenario.officer("US").get("payout-accounts?status=OPEN"), 400, "bad-request");
        assertProblem(FundScenario.officer("US").get("payout-accounts/987654321"), 404, "not-found");
        assertThat(array(company.user().get("payout-accounts/mine"))).isEmpty();
        assertThat(array(company.user().get("payout-accounts/korean-banks")))
                .anySatisfy(b -> assertThat(b.getString("code")).isEqualTo("092"));
    }
}
