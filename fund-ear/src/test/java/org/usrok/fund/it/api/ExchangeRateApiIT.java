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

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Exchange rates over HTTP: officers record them, officers and auditors read them and the rate in force on a date. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExchangeRateApiIT {

    private static final SecureRandom RANDOM = new SecureRandom();

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

    /** A day of its own, far from the demo's and other tests' rates (a pair has one rate per day and source). */
    private static LocalDate freshDay() {
        return LocalDate.of(1200, 1, 1).plusDays(RANDOM.nextInt(250_000));
    }

    private static Map<String, Object> rate(String rate, LocalDate day, String source) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("base", "USD");
        body.put("quote", "KRW");
        body.put("rate", rate);
        body.put("effectiveOn", day.toString());
        body.put("source", source);
        body.put("sourceReference", "ECOS 731Y001 " + day);
        return body;
    }

    @Test
    void anOfficerRecordsARateThatEveryReaderFindsByIdListAndDate() {
        LocalDate day = freshDay();
        ApiClient officer = FundScenario.officer("KR").header("Idempotency-Key", UUID.randomUUID().toString());
        Reply created = officer.post("exchange-rates", rate("1385.20", day, "BANK_OF_KOREA_ECOS"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.id();
        assertThat(created.header("Location")).endsWith("/exchange-rates/" + id);
        assertThat(created.json().getString("rate")).isEqualTo("1385.2");
        assertThat(created.json().getString("enteredBy")).isEqualTo(officer.username());

        Reply replayed = officer.post("exchange-rates", rate("1385.20", day, "BANK_OF_KOREA_ECOS"));
        assertThat(replayed.status()).as(replayed.body()).isEqualTo(201);
        assertThat(replayed.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(replayed.id()).isEqualTo(id);

        ApiClient auditor = ApiClient.as("auditor", ApiClient.DEMO_PASSWORD);
        Reply one = auditor.get("exchange-rates/" + id);
        assertThat(one.status()).as(one.body()).isEqualTo(200);
        assertThat(one.json().getString("source")).isEqualTo("BANK_OF_KOREA_ECOS");
        assertThat(one.json().getString("effectiveOn")).isEqualTo(day.toString());

        Reply listed = auditor.get("exchange-rates?base=USD&quote=KRW&from=" + day + "&to=" + day);
        assertThat(listed.status()).as(listed.body()).isEqualTo(200);
        assertThat(listed.json().getJsonNumber("total").longValue()).isEqualTo(1);
        assertThat(listed.json().getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue()).isEqualTo(id);
        assertThat(auditor.get("exchange-rates?base=KRW&quote=USD&from=" + day + "&to=" + day).json()
                .getJsonNumber("total").longValue()).isZero();

        Reply on = FundScenario.officer("US").get("exchange-rates/on?base=USD&quote=KRW&date=" + day);
        assertThat(on.status()).as(on.body()).isEqualTo(200);
        assertThat(on.json().getJsonNumber("id").longValue()).isEqualTo(id);
        assertThat(on.json().getString("rate")).isEqualTo("1385.2");

        Reply audit = auditor.get("audit/records?action=EXCHANGE_RATE_RECORDED&entityId=" + id);
        assertThat(audit.json().getJsonNumber("total").longValue()).isEqualTo(1);
        assertThat(audit.json().getJsonArray("items").getJsonObject(0).getString("actor"))
                .isEqualTo(officer.username());
    }

    @Test
    void aSecondRateForThePairDayAndSourceIsAConflictButAnotherSourceIsNot() {
        LocalDate day = freshDay();
        ApiClient officer = FundScenario.officer("US");
        assertThat(officer.post("exchange-rates", rate("1390", day, "FEDERAL_RESERVE_H10")).status()).isEqualTo(201);
        assertProblem(officer.post("exchange-rates", rate("1391", day, "FEDERAL_RESERVE_H10")), 409,
                "exchange-rate-exists");
        assertThat(officer.post("exchange-rates", rate("1391", day, "US_TREASURY_REPORTING_RATE")).status())
                .isEqualTo(201);
    }

    @Test
    void companiesNeitherReadNorRecordRatesAndAuditorsOnlyRead() {
        LocalDate day = freshDay();
        assertProblem(FundScenario.companyUser("US").get("exchange-rates"), 403, "forbidden");
        assertProblem(FundScenario.companyUser("KR").post("exchange-rates", rate("1390", day, "BANK_OF_KOREA_ECOS")),
                403, "forbidden");
        assertProblem(ApiClient.as("auditor", ApiClient.DEMO_PASSWORD).post("exchange-rates",
                rate("1390", day, "BANK_OF_KOREA_ECOS")), 403, "forbidden");
        assertThat(ApiClient.as("auditor", ApiClient.DEMO_PASSWORD)
                .get("exchange-rates?from=" + day + "&to=" + day).json().getJsonNumber("total").longValue()).isZero();
    }

    @Test
    void badRatesAndQueriesAreClientErrorsNeverServerErrors() {
        LocalDate day = freshDay();
        ApiClient officer = FundScenario.officer("KR");
        assertProblem(officer.post("exchange-rates", Map.of()), 400, "validation");
        assertProblem(officer.post("exchange-rates", rate("-1", day, "BANK_OF_KOREA_ECOS")), 400, "validation");
        assertProblem(officer.post("exchange-rates", rate("1.123456789", day, "BANK_OF_KOREA_ECOS")), 400,
                "validation");
        Map<String, Object> samePair = rate("1", day, "BANK_OF_KOREA_ECOS");
        samePair.put("quote", "USD");
        assertProblem(officer.post("exchange-rates", samePair), 422, "invalid-exchange-rate");
        Reply future = officer.post("exchange-rates", rate("1390", LocalDate.now().plusDays(3), "BANK_OF_KOREA_ECOS"));
        assertProblem(future, 422, "invalid-exchange-rate");
        assertThat(future.json().getString("detail")).contains("not been published yet");
        assertProblem(officer.post("exchange-rates", rate("1390", day, "WHATEVER_BANK")), 400, "malformed-request");
        assertProblem(officer.get("exchange-rates?base=EUR"), 400, "bad-request");
        assertProblem(officer.get("exchange-rates?from=2026-13-01"), 400, "bad-request");
        assertProblem(officer.get("exchange-rates?from=2026-11-02&to=2026-11-01"), 400, "bad-request");
        assertProblem(officer.get("exchange-rates/on?base=USD&quote=KRW"), 400, "bad-request");
        assertProblem(officer.get("exchange-rates/on?base=USD&quote=KRW&date=0999-01-01"), 422, "no-exchange-rate");
        assertProblem(officer.get("exchange-rates/999999999"), 404, "not-found");
        assertThat(officer.get("exchange-rates?from=" + day + "&to=" + day).json().getJsonNumber("total").longValue())
                .isZero();
    }
}
