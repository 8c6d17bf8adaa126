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
import org.usrok.fund.it.support.FundScenario.OpenRound;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The governments' contributions over HTTP: pledged vs received per government, receipts and their refusals. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ContributionApiIT {

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

    private static Map<String, Object> receipt(String government, String amount, String bankReference) {
        return receipt(government, amount, bankReference, "2026-11-25");
    }

    private static Map<String, Object> receipt(String government, String amount, String bankReference,
                                               String receivedOn) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("government", government);
        body.put("amount", amount);
        body.put("receivedOn", receivedOn);
        body.put("bankReference", bankReference);
        return body;
    }

    /** How many entries the ledger holds (the page's total). */
    private static long ledgerEntries() {
        Reply page = ApiClient.as("auditor", ApiClient.DEMO_PASSWORD).get("ledger/entries?size=1");
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        return page.json().getJsonNumber("total").longValue();
    }

    private static JsonObject contributionOf(ApiClient reader, long roundId, String government) {
        Reply reply = reader.get("rounds/" + roundId + "/contributions");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        List<JsonObject> all = Json.createReader(new StringReader(reply.body())).readArray()
                .getValuesAs(JsonObject.class);
        assertThat(all).extracting(c -> c.getString("government")).containsExactly("US", "KR");
        return all.stream().filter(c -> government.equals(c.getString("government"))).findFirst().orElseThrow();
    }

    private static String money(JsonObject contribution, String field) {
        JsonObject money = contribution.getJsonObject(field);
        return money.getString("amount") + " " + money.getString("currency");
    }

    @Test
    void anOpenRoundShowsBothPledgesPostedAndNothingReceived() {
        OpenRound round = FundScenario.openRound();
        JsonObject us = contributionOf(ApiClient.as("auditor", ApiClient.DEMO_PASSWORD), round.id(), "US");
        assertThat(money(us, "pledged")).isEqualTo("50000000.00 USD");
        assertThat(money(us, "received")).isEqualTo("0.00 USD");
        assertThat(money(us, "outstanding")).isEqualTo("50000000.00 USD");
        assertThat(us.getString("pledgedOn")).isEqualTo("2026-11-20");
        assertThat(us.getJsonArray("receipts")).isEmpty();
        long pledgeEntry = us.getJsonNumber("pledgeSequence").longValue();
        Reply entry = ApiClient.as("auditor", ApiClient.DEMO_PASSWORD).get("ledger/entries/" + pledgeEntry);
        assertThat(entry.status()).as(entry.body()).isEqualTo(200);
        assertThat(entry.body()).contains("1100-USD", "3100-USD", "round:" + round.id());

        JsonObject kr = contributionOf(FundScenario.officer("KR"), round.id(), "KR");
        assertThat(money(kr, "pledged")).isEqualTo("65000000000 KRW");
        assertThat(money(kr, "received")).isEqualTo("0 KRW");
    }

    @Test
    void anOfficerOfThePayingGovernmentRecordsAReceiptOnceForOneIdempotencyKey() {
        OpenRound round = FundScenario.openRound();
        ApiClient officer = FundScenario.officer("KR").header("Idempotency-Key", UUID.randomUUID().toString());
        Map<String, Object> body = receipt("KR", "20000000000", "BOK-WIRE-" + UUID.randomUUID());
        Reply created = officer.post("rounds/" + round.id() + "/contributions/receipts", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith("/rounds/" + round.id() + "/contributions");
        JsonObject receipt = created.json();
        assertThat(receipt.getJsonObject("amount").getString("amount")).isEqualTo("20000000000");
        assertThat(receipt.getJsonObject("amount").getString("currency")).isEqualTo("KRW");
        assertThat(receipt.getString("recordedBy")).isEqualTo(officer.username());
        long sequence = receipt.getJsonNumber("ledgerSequence").longValue();

        Reply replayed = officer.post("rounds/" + round.id() + "/contributions/receipts", body);
        assertThat(replayed.status()).as(replayed.body()).isEqualTo(201);
        assertThat(replayed.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(replayed.id()).isEqualTo(receipt.getJsonNumber("id").longValue());

        JsonObject kr = contributionOf(ApiClient.as("auditor", ApiClient.DEMO_PASSWORD), round.id(), "KR");
        assertThat(money(kr, "received")).isEqualTo("20000000000 KRW");
        assertThat(money(kr, "outstanding")).isEqualTo("45000000000 KRW");
        assertThat(kr.getJsonArray("receipts")).hasSize(1);
        assertThat(kr.getJsonArray("receipts").getJsonObject(0).getJsonNumber("ledgerSequence").longValue())
                .isEqualTo(sequence);
        Reply entry = ApiClient.as("auditor", ApiClient.DEMO_PASSWORD).get("ledger/entries/" + sequence);
        assertThat(entry.body()).contains("1200-KRW", "1110-KRW");

        Reply audit = ApiClient.as("auditor", ApiClient.DEMO_PASSWORD).get("audit/records?action=CONTRIBUTION_RECEIVED"
                + "&entityId=" + receipt.getJsonNumber("id").longValue() + "&actor=" + officer.username());
        assertThat(audit.json().getJsonNumber("total").longValue()).isEqualTo(1);
    }

    @Test
    void onlyAnOfficerOfThePayingGovernmentRecordsItsReceipts() {
        OpenRound round = FundScenario.openRound();
        String path = "rounds/" + round.id() + "/contributions/receipts";
        assertProblem(FundScenario.officer("US").post(path, receipt("KR", "1000", "X-1")), 403, "own-country-only");
        assertProblem(FundScenario.companyUser("KR").post(path, receipt("KR", "1000", "X-2")), 403, "forbidden");
        assertProblem(FundScenario.companyUser("US").get("rounds/" + round.id() + "/contributions"), 403, "forbidden");
        assertThat(money(contributionOf(FundScenario.officer("KR"), round.id(), "KR"), "received"))
                .isEqualTo("0 KRW");
    }

    @Test
    void aReceiptAboveTheOutstandingPledgeIsRefusedNamingTheAmountField() {
        OpenRound round = FundScenario.openRound();
        ApiClient officer = FundScenario.officer("US");
        String path = "rounds/" + round.id() + "/contributions/receipts";
        assertThat(officer.post(path, receipt("US", "49999999.00", "FED-1")).status()).isEqualTo(201);
        Reply over = officer.post(path, receipt("US", "1.01", "FED-2"));
        assertProblem(over, 422, "contribution-exceeds-pledge");
        assertThat(over.json().getJsonArray("violations").getJsonObject(0).getString("field")).isEqualTo("amount");
        assertThat(over.json().getString("detail")).contains("1.00");
        assertThat(officer.post(path, receipt("US", "1.00", "FED-3")).status()).isEqualTo(201);
        assertThat(money(contributionOf(officer, round.id(), "US"), "outstanding")).isEqualTo("0.00 USD");
    }

    @Test
    void aReceiptDatedBeforeThePledgeOrInTheFutureIsRefusedNamingReceivedOnAndPostsNothing() {
        OpenRound round = FundScenario.openRound();
        ApiClient officer = FundScenario.officer("US");
        String path = "rounds/" + round.id() + "/contributions/receipts";
        String latest = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
        long entries = ledgerEntries();

        Reply early = officer.post(path, receipt("US", "1000.00", "FED-EARLY", "2026-11-19"));
        assertProblem(early, 422, "contribution-date-invalid");
        JsonObject violation = early.json().getJsonArray("violations").getJsonObject(0);
        assertThat(violation.getString("field")).isEqualTo("receivedOn");
        assertThat(early.json().getString("detail")).isEqualTo("A receipt cannot be dated 2026-11-19, before the "
                + "pledge (2026-11-20): enter a date from 2026-11-20 to " + latest + ".");
        assertProblem(officer.post(path, receipt("US", "1000.00", "FED-OLD", "2019-03-01")), 422,
                "contribution-date-invalid");

        String dayAfterTomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(2).toString();
        Reply future = officer.header("Accept-Language", "ko").post(path,
                receipt("US", "1000.00", "FED-FUTURE", dayAfterTomorrow));
        assertProblem(future, 422, "contribution-date-invalid");
        assertThat(future.json().getJsonArray("violations").getJsonObject(0).getString("field"))
                .isEqualTo("receivedOn");
        assertThat(future.json().getString("detail")).isEqualTo("납입일 " + dayAfterTomorrow
                + "은(는) 미래의 날짜입니다. 2026-11-20부터 " + latest + "까지의 날짜를 입력하십시오.");
        assertProblem(officer.post(path, receipt("US", "1000.00", "FED-NEXT-YEAR",
                LocalDate.now(ZoneOffset.UTC).plusYears(1).toString())), 422, "contribution-date-invalid");

        assertThat(ledgerEntries()).as("nothing was posted").isEqualTo(entries);
        JsonObject us = contributionOf(officer, round.id(), "US");
        assertThat(money(us, "received")).isEqualTo("0.00 USD");
        assertThat(us.getJsonArray("receipts")).isEmpty();

        assertThat(officer.post(path, receipt("US", "1.00", "FED-PLEDGE-DAY", "2026-11-20")).status())
                .as("the pledge's day").isEqualTo(201);
        assertThat(officer.post(path, receipt("US", "1.00", "FED-TOMORROW", latest)).status())
                .as("tomorrow in UTC, already today in Seoul").isEqualTo(201);
        assertThat(ledgerEntries()).isEqualTo(entries + 2);
    }

    @Test
    void badReceiptsAreClientErrorsNeverServerErrors() {
        OpenRound round = FundScenario.openRound();
        ApiClient officer = FundScenario.officer("US");
        String path = "rounds/" + round.id() + "/contributions/receipts";
        assertProblem(officer.post(path, Map.of()), 400, "validation");
        assertProblem(officer.post(path, receipt("US", "-5.00", "FED-1")), 422, "invalid-amount");
        assertProblem(officer.post(path, receipt("US", "1.001", "FED-1")), 422, "invalid-amount");
        assertProblem(officer.postRaw(path, "{\"government\":\"JP\",\"amount\":\"1\"}", "application/json"), 400,
                "malformed-request");
        assertProblem(officer.post(path, receipt("US", "1.00", " ")), 400, "validation");
        assertProblem(officer.header("Idempotency-Key", "bad key with spaces").post(path,
                receipt("US", "1.00", "FED-1")), 422, "idempotency-key-invalid");
        Reply unknown = officer.get("rounds/999999999/contributions");
        assertThat(unknown.status()).as(unknown.body()).isEqualTo(404);
        assertThat(money(contributionOf(officer, round.id(), "US"), "received")).isEqualTo("0.00 USD");
    }
}
