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

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The allocation API's plumbing and refusals over HTTP. The shares themselves are covered in the
 * container (AllocationScenarioIT, AllocationCommitmentIT), where a round's claim window can be let
 * pass; here a round whose windows lie in the past is opened and closed with no claims.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AllocationApiIT {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

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

    /** A round opened by both governments whose claim window has already passed, then closed. */
    private static long closedRound(boolean closeClaims) {
        Map<String, Object> body = FundScenario.roundBody(FundScenario.newMaterial());
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(9)).truncatedTo(ChronoUnit.SECONDS);
        body.put("applicationOpensAt", ISO.format(now.minusDays(30)));
        body.put("applicationClosesAt", ISO.format(now.minusDays(10)));
        body.put("claimOpensAt", ISO.format(now.minusDays(20)));
        body.put("claimClosesAt", ISO.format(closeClaims ? now.minusHours(1) : now.plusDays(10)));
        long id = FundScenario.expect(FundScenario.officer("US").post("rounds", body), 201).id();
        FundScenario.expect(FundScenario.officer("US").post("rounds/" + id + "/sign-off", Map.of()), 200);
        FundScenario.expect(FundScenario.officer("KR").post("rounds/" + id + "/sign-off", Map.of()), 200);
        if (closeClaims) {
            FundScenario.expect(FundScenario.officer("KR").post("rounds/" + id + "/claims-closure", Map.of()), 200);
        }
        return id;
    }

    private static Map<String, Object> evenPerCountry() {
        return Map.of("name", "Even per country", "method", "EVEN", "poolMode", "PER_COUNTRY");
    }

    @Test
    void aScenarioIsSimulatedOnceReadAndItsCertificateMatchesItsDigest() throws NoSuchAlgorithmException {
        long round = closedRound(true);
        ApiClient officer = FundScenario.officer("US");
        String key = UUID.randomUUID().toString();

        Reply created = officer.header("Idempotency-Key", key).post("rounds/" + round + "/allocation-scenarios",
                evenPerCountry());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith("/allocation-scenarios/" + created.id());
        JsonObject scenario = created.json();
        assertThat(scenario.getString("status")).isEqualTo("SIMULATED");
        assertThat(scenario.getString("evenBasis")).isEqualTo("COMPANY");
        assertThat(scenario.getInt("claimCount")).isZero();
        assertThat(scenario.getJsonObject("usPool").getString("amount")).isEqualTo("0.00");

        Reply replayed = officer.header("Idempotency-Key", key).post("rounds/" + round + "/allocation-scenarios",
                evenPerCountry());
        assertThat(replayed.id()).isEqualTo(created.id());
        assertThat(replayed.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(FundScenario.officer("KR").get("rounds/" + round + "/allocation-scenarios").body())
                .contains("\"id\":" + created.id());

        ApiClient auditor = ApiClient.newUser("api-auditor", "AUDITOR", null);
        ApiClient.Download certificate = auditor.download("allocation-scenarios/" + created.id() + "/certificate",
                "text/plain");
        assertThat(certificate.status()).isEqualTo(200);
        String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.body()));
        assertThat(digest).isEqualTo(scenario.getString("certificateDigest"));
        assertThat(new String(certificate.body(), StandardCharsets.UTF_8)).contains(scenario.getString("inputsDigest"));
    }

    @Test
    void refusalsAreClearProblems() {
        long open = closedRound(false);
        ApiClient officer = FundScenario.officer("KR");
        assertProblem(officer.post("rounds/" + open + "/allocation-scenarios", evenPerCountry()), 409,
                "state-transition-refused");

        long round = closedRound(true);
        assertProblem(officer.post("rounds/" + round + "/allocation-scenarios",
                Map.of("name", "Half", "method", "HALF", "poolMode", "PER_COUNTRY")), 400, "malformed-request");
        assertThat(officer.post("rounds/" + round + "/allocation-scenarios", Map.of("name", "No method",
                "poolMode", "PER_COUNTRY")).status()).isEqualTo(400);
        assertProblem(officer.post("rounds/" + round + "/allocation-scenarios", Map.of("name", "Pooled, no rate",
                "method", "PROPORTIONAL", "poolMode", "POOLED", "poolCurrency", "USD")), 422,
                "allocation-parameters-invalid");
        assertProblem(officer.post("rounds/" + round + "/allocation-scenarios", Map.of("name", "Cap in cents",
                "method", "EVEN", "poolMode", "PER_COUNTRY", "companyCap", Map.of("amount", "10.001",
                        "currency", "USD"))), 422, "invalid-amount");
        Reply beyondAnyFund = officer.post("rounds/" + round + "/allocation-scenarios", Map.of("name", "Cap beyond any fund",
                "method", "PROPORTIONAL", "poolMode", "PER_COUNTRY", "companyCap", Map.of("amount", "90000000000000000.00",
                        "currency", "USD")));
        assertProblem(beyondAnyFund, 422, "allocation-parameters-invalid");
        assertThat(beyondAnyFund.json().getString("detail")).contains("above the most an allocation takes, USD 10000000000000.00");

        long id = FundScenario.expect(officer.post("rounds/" + round + "/allocation-scenarios", evenPerCountry()), 201).id();
        assertProblem(officer.post("allocation-scenarios/" + id + "/proposal", Map.of()), 422, "bilateral-commitment");
        assertProblem(officer.post("allocation-scenarios/" + id + "/approval", Map.of()), 409,
                "state-transition-refused");
        assertProblem(FundScenario.officer("US").post("allocation-scenarios/" + id + "/decline",
                Map.of("reason", "")), 400, "validation");

        ApiClient company = FundScenario.companyUser("US");
        assertProblem(company.get("allocation-scenarios/" + id), 403, "forbidden");
        assertProblem(company.post("rounds/" + round + "/allocation-scenarios", evenPerCountry()), 403,
                "forbidden");
        assertThat(FundScenario.expect(company.get("allocations/mine"), 200).body()).isEqualTo("[]");
        assertProblem(officer.get("allocation-scenarios/999999999"), 404, "not-found");
        assertProblem(officer.get("allocation-scenarios/comparison?ids=" + id), 400, "bad-request");
    }
}
