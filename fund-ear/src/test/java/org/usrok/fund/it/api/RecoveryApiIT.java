package org.usrok.fund.it.api;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.usrok.fund.it.support.ApiClient;
import org.usrok.fund.it.support.ApiClient.Reply;
import org.usrok.fund.it.support.DisbursementFixture;
import org.usrok.fund.it.support.FundDeployment;
import org.usrok.fund.it.support.FundScenario;
import org.usrok.fund.it.support.PaidCompany;
import org.usrok.fund.recovery.OpenRecovery;
import org.usrok.fund.recovery.RecoveryService;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.CurrencyCode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The recoveries API over HTTP: the Idempotency-Key on opening and on receipts, the four-eyes and
 * own-country refusals, and problems (4xx naming the field, never a 500) for bad input. A company
 * can only be paid through the disbursement flow inside the container, so the first method pays
 * one there and opens a recovery marked with {@link #MARKER}; the client methods find the company
 * through that recovery (the newest with the marker).
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RecoveryApiIT {

    static final String MARKER = "recovery api marker";

    @Deployment
    static EnterpriseArchive deployment() {
        return FundDeployment.withTests(RecoveryApiIT.class);
    }

    @Inject
    DisbursementFixture fixture;

    @Inject
    RecoveryService recoveries;

    @Test
    @Order(1)
    void aUsCompanyIsPaidUsd3000AndARecoveryOf100IsOpened() {
        PaidCompany company = fixture.paid(CountryCode.US, "3000.00");
        fixture.actors().newOfficer(CountryCode.US).call(() -> recoveries.open(new OpenRecovery(company.companyId(),
                CurrencyCode.USD, new BigDecimal("100.00"), MARKER, null)));
    }

    private static void assertProblem(Reply reply, int status, String type) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith(FundScenario.PROBLEM);
        assertThat(reply.json().getString("type")).isEqualTo("urn:fund:problem:" + type);
        assertThat(reply.body()).doesNotContain("Exception").doesNotContain("at org.");
    }

    private static String field(Reply reply) {
        return reply.json().getJsonArray("violations").getJsonObject(0).getString("field");
    }

    /** The company of the newest recovery carrying the marker. */
    private static long paidCompany(ApiClient officer) {
        JsonObject page = FundScenario.expect(officer.get("recoveries?status=OPENED&size=200"), 200).json();
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(r -> MARKER.equals(r.getString("reason"))).findFirst().orElseThrow()
                .getJsonNumber("companyId").longValue();
    }

    private static Map<String, Object> openBody(long companyId, String amount) {
        Map<String, Object> body = new HashMap<>();
        body.put("companyId", companyId);
        body.put("currency", "USD");
        body.put("amount", amount);
        body.put("reason", "Paid twice by mistake");
        return body;
    }

    @Test
    @Order(2)
    @RunAsClient
    void openingAndReceiptsAreIdempotentAndTheOpenerCannotApprove() {
        ApiClient opener = FundScenario.officer("US");
        long companyId = paidCompany(opener);
        String key = UUID.randomUUID().toString();

        Reply created = opener.header("Idempotency-Key", key).post("recoveries", openBody(companyId, "1000.00"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith("/recoveries/" + created.id());
        JsonObject recovery = created.json();
        assertThat(recovery.getString("status")).isEqualTo("OPENED");
        assertThat(recovery.getJsonObject("amount").getString("amount")).isEqualTo("1000.00");
        assertThat(recovery.getJsonObject("amount").getString("currency")).isEqualTo("USD");

        Reply replayed = opener.header("Idempotency-Key", key).post("recoveries", openBody(companyId, "1000.00"));
        assertThat(replayed.status()).isEqualTo(201);
        assertThat(replayed.id()).isEqualTo(created.id());
        assertThat(replayed.header("Idempotent-Replayed")).isEqualTo("true");
        assertProblem(opener.header("Idempotency-Key", key).post("recoveries", openBody(companyId, "999.00")), 422,
                "idempotency-key-reused");
        JsonObject recoverable = FundScenario.expect(opener.get("recoveries/recoverable?companyId=" + companyId
                + "&currency=USD"), 200).json();
        assertThat(recoverable.getJsonObject("available").getString("amount"))
                .as("one recovery of 1000.00 (not two) and the marker's 100.00").isEqualTo("1900.00");

        long id = created.id();
        assertProblem(opener.post("recoveries/" + id + "/approval", Map.of()), 403, "separation-of-duties");
        assertProblem(FundScenario.officer("KR").post("recoveries/" + id + "/approval", Map.of()), 403,
                "own-country-only");
        assertProblem(FundScenario.officer("US").post("recoveries/" + id + "/approval",
                Map.of("expectedVersion", 7)), 409, "concurrent-change");
        JsonObject approved = FundScenario.expect(FundScenario.officer("US").post("recoveries/" + id + "/approval",
                Map.of("expectedVersion", recovery.getJsonNumber("version").longValue())), 200).json();
        assertThat(approved.getString("status")).isEqualTo("APPROVED");
        assertThat(approved.getJsonNumber("receivableSequence").longValue()).isPositive();
        assertProblem(FundScenario.officer("US").post("recoveries/" + id + "/approval", Map.of()), 409,
                "state-transition-refused");

        String receiptKey = UUID.randomUUID().toString();
        Map<String, Object> receipt = Map.of("amount", "250.00", "receivedOn",
                LocalDate.now(ZoneOffset.UTC).toString(), "bankReference", "WIRE-API-1");
        Reply recorded = opener.header("Idempotency-Key", receiptKey).post("recoveries/" + id + "/receipts", receipt);
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        assertThat(recorded.json().getString("status")).isEqualTo("PARTIALLY_RECOVERED");
        Reply again = opener.header("Idempotency-Key", receiptKey).post("recoveries/" + id + "/receipts", receipt);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        JsonObject read = FundScenario.expect(opener.get("recoveries/" + id), 200).json();
        assertThat(read.getJsonArray("receipts")).as("the retry recorded nothing").hasSize(1);
        assertThat(read.getJsonObject("outstanding").getString("amount")).isEqualTo("750.00");

        Reply tooMuch = opener.post("recoveries/" + id + "/receipts", Map.of("amount", "750.01",
                "receivedOn", LocalDate.now(ZoneOffset.UTC).toString(), "bankReference", "WIRE-API-2"));
        assertProblem(tooMuch, 422, "recovery-receipt-exceeds-outstanding");
        assertThat(field(tooMuch)).isEqualTo("amount");

        LocalDate approvedOn = LocalDate.parse(approved.getString("approvedAt").substring(0, 10));
        String latest = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
        long entries = ledgerEntries();
        Reply early = opener.post("recoveries/" + id + "/receipts", Map.of("amount", "10.00",
                "receivedOn", approvedOn.minusDays(1).toString(), "bankReference", "WIRE-API-EARLY"));
        assertProblem(early, 422, "recovery-date-invalid");
        assertThat(field(early)).isEqualTo("receivedOn");
        assertThat(early.json().getString("detail")).isEqualTo("A repayment cannot be dated " + approvedOn.minusDays(1)
                + ", before the recovery was approved (" + approvedOn + "): enter a date from " + approvedOn
                + " to " + latest + ".");
        Reply future = opener.header("Accept-Language", "ko").post("recoveries/" + id + "/receipts",
                Map.of("amount", "10.00", "receivedOn", LocalDate.now(ZoneOffset.UTC).plusDays(2).toString(),
                        "bankReference", "WIRE-API-FUTURE"));
        assertProblem(future, 422, "recovery-date-invalid");
        assertThat(field(future)).isEqualTo("receivedOn");
        assertThat(future.json().getString("detail")).contains("미래의 날짜", approvedOn + "부터 " + latest + "까지");
        assertThat(ledgerEntries()).as("nothing was posted").isEqualTo(entries);
        JsonObject unchanged = FundScenario.expect(opener.get("recoveries/" + id), 200).json();
        assertThat(unchanged.getJsonArray("receipts")).hasSize(1);
        assertThat(unchanged.getJsonObject("outstanding").getString("amount")).isEqualTo("750.00");
    }

    /** How many entries the ledger holds (the page's total). */
    private static long ledgerEntries() {
        Reply page = ApiClient.as("auditor", ApiClient.DEMO_PASSWORD).get("ledger/entries?size=1");
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        return page.json().getJsonNumber("total").longValue();
    }

    @Test
    @Order(3)
    @RunAsClient
    void badInputIsAProblemNamingTheField() {
        ApiClient officer = FundScenario.officer("US");
        long companyId = paidCompany(officer);

        Reply overPaid = officer.post("recoveries", openBody(companyId, "3000.01"));
        assertProblem(overPaid, 422, "recovery-exceeds-paid");
        assertThat(field(overPaid)).isEqualTo("amount");
        Reply cents = officer.post("recoveries", openBody(companyId, "1.001"));
        assertProblem(cents, 422, "invalid-amount");
        assertThat(field(cents)).isEqualTo("amount");
        Map<String, Object> noReason = openBody(companyId, "10.00");
        noReason.remove("reason");
        Reply missing = officer.post("recoveries", noReason);
        assertProblem(missing, 400, "validation");
        assertThat(field(missing)).isEqualTo("reason");
        assertProblem(officer.post("recoveries", Map.of("companyId", companyId, "currency", "EUR", "amount", "1",
                "reason", "x")), 400, "malformed-request");
        assertProblem(officer.post("recoveries", Map.of("companyId", companyId, "currency", "USD", "amount", "abc",
                "reason", "x")), 400, "malformed-request");
        assertProblem(officer.post("recoveries", Map.of("companyId", companyId, "currency", "USD", "amount", "1",
                "reason", "x", "colour", "red")), 400, "malformed-request");
        Reply unknown = officer.post("recoveries", openBody(999_999_999L, "10.00"));
        assertProblem(unknown, 422, "recovery-input-invalid");
        assertThat(field(unknown)).isEqualTo("companyId");
        assertProblem(FundScenario.officer("KR").post("recoveries", openBody(companyId, "10.00")), 403,
                "own-country-only");
        assertProblem(officer.header("Idempotency-Key", "with space").post("recoveries", openBody(companyId, "1.00")),
                422, "idempotency-key-invalid");

        long id = FundScenario.expect(officer.post("recoveries", openBody(companyId, "5.00")), 201).id();
        Reply noRejectReason = FundScenario.officer("US").post("recoveries/" + id + "/rejection", Map.of());
        assertProblem(noRejectReason, 400, "validation");
        assertProblem(FundScenario.officer("US").post("recoveries/" + id + "/withdrawal", Map.of()), 403,
                "separation-of-duties");
        Reply receiptBeforeApproval = officer.post("recoveries/" + id + "/receipts", Map.of("amount", "1.00",
                "receivedOn", LocalDate.now(ZoneOffset.UTC).toString(), "bankReference", "W"));
        assertProblem(receiptBeforeApproval, 409, "state-transition-refused");
        Reply noDate = officer.post("recoveries/" + id + "/receipts", Map.of("amount", "1.00", "bankReference", "W"));
        assertProblem(noDate, 400, "validation");
        assertThat(field(noDate)).isEqualTo("receivedOn");
        assertThat(FundScenario.expect(officer.post("recoveries/" + id + "/withdrawal", Map.of("reason", "Typo")), 200)
                .json().getString("status")).isEqualTo("WITHDRAWN");

        assertProblem(officer.get("recoveries?status=LOST"), 400, "bad-request");
        assertProblem(officer.get("recoveries?companyId=abc"), 400, "bad-request");
        assertProblem(officer.get("recoveries?size=500"), 400, "bad-request");
        assertProblem(officer.get("recoveries/recoverable?companyId=" + companyId), 400, "bad-request");
        assertProblem(officer.get("recoveries/999999999"), 404, "not-found");
        assertProblem(officer.post("recoveries/999999999/approval", Map.of()), 404, "not-found");

        ApiClient company = FundScenario.companyUser("US");
        assertProblem(company.get("recoveries"), 403, "forbidden");
        assertProblem(company.post("recoveries", openBody(companyId, "1.00")), 403, "forbidden");
        assertProblem(company.get("recoveries/" + id), 404, "not-found");
        assertThat(FundScenario.expect(company.get("recoveries/mine"), 200).body()).isEqualTo("[]");
        assertProblem(officer.get("recoveries/mine"), 403, "forbidden");
    }
}
