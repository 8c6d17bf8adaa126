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
import org.usrok.fund.it.support.FundScenario.ApprovedApplication;
import org.usrok.fund.it.support.FundScenario.Company;
import org.usrok.fund.it.support.FundScenario.OpenRound;
import org.usrok.fund.it.support.TestData;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Claims over HTTP, including the whole journey of issue 3 from a drafted round to an approved
 * claim, and the four-eyes and visibility rules around the review.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ClaimApiIT {

    private static final String OCTET_STREAM = "application/octet-stream";

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

    private static void assertOk(Reply reply, String status) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().getString("status")).isEqualTo(status);
    }

    private static String amount(JsonObject money) {
        return money.getString("amount") + " " + money.getString("currency");
    }

    private static long version(Reply reply) {
        return reply.json().getJsonNumber("version").longValue();
    }

    private static List<Map<String, Object>> review(String lineTwoAmount, String lineTwoReason) {
        Map<String, Object> second = lineTwoReason == null
                ? Map.of("lineNo", 2, "approvedAmount", lineTwoAmount)
                : Map.of("lineNo", 2, "approvedAmount", lineTwoAmount, "reason", lineTwoReason);
        return List.of(Map.of("lineNo", 1, "approvedAmount", "15000.00"), second);
    }

    @Test
    void fromADraftedRoundToAnApprovedClaimOverHttp() {
        String material = FundScenario.newMaterial();
        ApiClient drafter = FundScenario.officer("US");
        Reply drafted = drafter.header("Idempotency-Key", UUID.randomUUID().toString())
                .post("rounds", FundScenario.roundBody(material));
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
        long roundId = drafted.id();
        assertOk(FundScenario.officer("US").post("rounds/" + roundId + "/sign-off", Map.of()), "DRAFT");
        assertOk(FundScenario.officer("KR").post("rounds/" + roundId + "/sign-off", Map.of()), "OPEN");

        ApiClient company = FundScenario.companyUser("US");
        var registration = TestData.usCompany();
        Reply registered = company.post("companies", registration);
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        assertOk(FundScenario.officer("US").post("companies/" + registered.id() + "/verification", Map.of()),
                "VERIFIED");

        Reply applied = company.header("Idempotency-Key", UUID.randomUUID().toString()).post("applications",
                Map.of("roundId", roundId, "plan", FundScenario.planBody(material)));
        assertThat(applied.status()).as(applied.body()).isEqualTo(201);
        long applicationId = applied.id();
        Reply evidence = company.postBytes("applications/" + applicationId + "/attachments?filename=offtake-agreement.pdf",
                FundScenario.pdf(), OCTET_STREAM, false);
        assertThat(evidence.status()).as(evidence.body()).isEqualTo(201);
        assertOk(company.post("applications/" + applicationId + "/submission", Map.of()), "SUBMITTED");
        ApiClient applicationOfficer = FundScenario.officer("US");
        assertOk(applicationOfficer.post("applications/" + applicationId + "/review", Map.of()), "UNDER_REVIEW");
        assertOk(applicationOfficer.post("applications/" + applicationId + "/decision", Map.of("decision", "APPROVE")),
                "APPROVED");

        Reply filed = company.header("Idempotency-Key", UUID.randomUUID().toString())
                .post("claims", FundScenario.claimBody(applicationId));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        long claimId = filed.id();
        assertThat(filed.header("Location")).endsWith("/fund/api/claims/" + claimId);
        JsonObject claim = filed.json();
        assertThat(claim.getString("status")).isEqualTo("DRAFT");
        assertThat(claim.getString("currency")).isEqualTo("USD");
        assertThat(amount(claim.getJsonObject("claimed"))).isEqualTo("40000.00 USD");
        assertThat(claim.getJsonArray("lines").getValuesAs(JsonObject.class))
                .extracting(l -> l.getInt("lineNo"), l -> l.getString("category"), l -> amount(l.getJsonObject("claimed")))
                .containsExactly(tuple(1, "PRICE_DIFFERENTIAL", "15000.00 USD"),
                        tuple(2, "SUPPLIER_QUALIFICATION", "25000.00 USD"));
        assertThat(company.postBytes("claims/" + claimId + "/attachments?filename=invoices.pdf", FundScenario.pdf(),
                OCTET_STREAM, false).status()).isEqualTo(201);
        assertOk(company.post("claims/" + claimId + "/submission",
                Map.of("expectedVersion", version(company.get("claims/" + claimId)))), "SUBMITTED");

        ApiClient reviewer = FundScenario.officer("US");
        Reply inReview = reviewer.post("claims/" + claimId + "/review", Map.of());
        assertOk(inReview, "IN_REVIEW");
        Reply reviewed = reviewer.post("claims/" + claimId + "/review-result", Map.of("lines",
                review("20000.00", "Only one of the two audits is documented by an invoice."),
                "expectedVersion", version(inReview)));
        assertOk(reviewed, "REVIEWED");
        assertThat(amount(reviewed.json().getJsonObject("approved"))).isEqualTo("35000.00 USD");
        assertThat(reviewed.json().getJsonArray("lines").getJsonObject(1).getString("reductionReason"))
                .isEqualTo("Only one of the two audits is documented by an invoice.");

        ApiClient approver = FundScenario.officer("US");
        assertOk(approver.post("claims/" + claimId + "/decision", Map.of("decision", "APPROVE",
                "expectedVersion", version(reviewed))), "APPROVED");

        JsonObject seen = company.get("claims/" + claimId).json();
        assertThat(seen.getString("status")).isEqualTo("APPROVED");
        assertThat(seen.getJsonObject("approved").getString("amount")).isEqualTo("35000.00");
        assertThat(seen.getJsonObject("approved").getString("currency")).isEqualTo("USD");
        assertThat(seen.getString("reviewer")).isEqualTo("OFFICER_US");
        assertThat(seen.getString("approver")).isEqualTo("OFFICER_US");
        assertThat(seen.toString()).doesNotContain(reviewer.username()).doesNotContain(approver.username());
        JsonObject asOfficerSees = FundScenario.officer("US").get("claims/" + claimId).json();
        assertThat(asOfficerSees.getString("reviewer")).isEqualTo(reviewer.username());
        assertThat(asOfficerSees.getString("approver")).isEqualTo(approver.username());
        Reply inbox = company.get("notifications?unreadOnly=true");
        assertThat(inbox.status()).as(inbox.body()).isEqualTo(200);
        assertThat(inbox.json().getJsonArray("items").getValuesAs(JsonObject.class))
                .filteredOn(n -> n.getString("kind").equals("CLAIM_APPROVED"))
                .singleElement()
                .satisfies(n -> {
                    assertThat(n.getJsonNumber("subjectId").longValue()).isEqualTo(claimId);
                    assertThat(n.getString("text")).contains("USD 35000.00");
                });
        Reply history = company.get("claims/" + claimId + "/history");
        assertThat(history.body()).doesNotContain(reviewer.username()).doesNotContain(approver.username());
        assertThat(Json.createReader(new StringReader(history.body())).readArray().getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("action")).containsExactly("CLAIM_FILED", "CLAIM_SUBMITTED",
                        "CLAIM_REVIEW_STARTED", "CLAIM_REVIEWED", "CLAIM_APPROVED");
    }

    @Test
    void aDraftIsTheCompanysOwnUntilSubmitted() {
        OpenRound round = FundScenario.openRound();
        Company company = FundScenario.verifiedCompany("US");
        ApprovedApplication application = FundScenario.approvedApplication(company, round, "US");
        long draftId = FundScenario.expect(company.user().post("claims", FundScenario.claimBody(application.id())), 201)
                .id();
        long evidence = FundScenario.expect(company.user().postBytes("claims/" + draftId
                + "/attachments?filename=invoice.pdf", FundScenario.pdf(), OCTET_STREAM, false), 201).id();
        ApiClient officer = FundScenario.officer("US");

        assertProblem(officer.get("claims/" + draftId), 404, "not-found");
        assertThat(officer.download("attachments/" + evidence + "/content").status()).isEqualTo(404);
        assertProblem(officer.get("claims/" + draftId + "/history"), 404, "not-found");
        assertProblem(officer.post("claims/" + draftId + "/review", Map.of()), 404, "not-found");
        assertThat(officer.get("claims?roundId=" + round.id() + "&size=100").json().getJsonArray("items")
                .getValuesAs(JsonObject.class)).extracting(c -> c.getJsonNumber("id").longValue())
                .doesNotContain(draftId);
        assertThat(company.user().get("claims/" + draftId).json().getString("status")).isEqualTo("DRAFT");

        assertOk(company.user().post("claims/" + draftId + "/submission", Map.of()), "SUBMITTED");
        assertOk(officer.get("claims/" + draftId), "SUBMITTED");
        assertThat(officer.download("attachments/" + evidence + "/content").status()).isEqualTo(200);
        assertThat(officer.get("claims?roundId=" + round.id() + "&size=100").json().getJsonArray("items")
                .getValuesAs(JsonObject.class)).extracting(c -> c.getJsonNumber("id").longValue())
                .contains(draftId);
    }

    @Test
    void fourEyesAReductionNeedsAReasonAndTheReviewerNeverDecides() {
        OpenRound round = FundScenario.openRound();
        Company company = FundScenario.verifiedCompany("KR");
        ApprovedApplication application = FundScenario.approvedApplication(company, round, "KR");
        long claimId = FundScenario.submittedClaim(company, application.id());
        ApiClient reviewer = FundScenario.officer("KR");

        assertProblem(company.user().post("claims/" + claimId + "/review", Map.of()), 403, "forbidden");
        assertProblem(FundScenario.officer("US").post("claims/" + claimId + "/review", Map.of()), 403,
                "own-country-only");
        assertOk(reviewer.post("claims/" + claimId + "/review", Map.of()), "IN_REVIEW");
        assertProblem(FundScenario.officer("KR").post("claims/" + claimId + "/review-result",
                Map.of("lines", review("25000", null))), 403, "separation-of-duties");

        Reply noReason = reviewer.post("claims/" + claimId + "/review-result", Map.of("lines", review("20000", null)));
        assertProblem(noReason, 422, "reason-required");
        assertThat(noReason.json().getJsonArray("violations").getJsonObject(0).getString("field"))
                .isEqualTo("lines[1].reason");
        Reply korean = reviewer.header("Accept-Language", "ko").post("claims/" + claimId + "/review-result",
                Map.of("lines", review("20000", " ")));
        assertProblem(korean, 422, "reason-required");
        assertThat(korean.json().getString("detail")).isEqualTo("사유를 입력하십시오. 회사에 표시됩니다.");
        assertProblem(reviewer.post("claims/" + claimId + "/review-result", Map.of("lines", review("25000.5", null))),
                422, "invalid-amount");
        assertProblem(reviewer.post("claims/" + claimId + "/review-result", Map.of("lines", review("25001", null))),
                422, "claim-line-invalid");

        Reply reviewed = reviewer.post("claims/" + claimId + "/review-result",
                Map.of("lines", review("20000", "감사 보고서가 한 건만 제출되었습니다.")));
        assertOk(reviewed, "REVIEWED");
        assertThat(amount(reviewed.json().getJsonObject("approved"))).isEqualTo("35000 KRW");
        Reply ownApproval = reviewer.post("claims/" + claimId + "/decision", Map.of("decision", "APPROVE"));
        assertProblem(ownApproval, 403, "separation-of-duties");
        assertProblem(FundScenario.officer("KR").post("claims/" + claimId + "/decision", Map.of("decision", "REJECT")),
                422, "reason-required");
        assertOk(FundScenario.officer("KR").post("claims/" + claimId + "/decision", Map.of("decision", "REJECT",
                "reason", "중복 청구입니다.")), "REJECTED");
    }

    @Test
    void aCompanyNeverSeesAnotherCompanysClaim() {
        OpenRound round = FundScenario.openRound();
        Company owner = FundScenario.verifiedCompany("US");
        ApprovedApplication application = FundScenario.approvedApplication(owner, round, "US");
        long claimId = FundScenario.submittedClaim(owner, application.id());
        Company other = FundScenario.verifiedCompany("US");

        assertProblem(other.user().get("claims/" + claimId), 404, "not-found");
        assertProblem(other.user().get("claims/" + claimId + "/attachments"), 404, "not-found");
        assertProblem(other.user().put("claims/" + claimId, Map.of("title", "Taken over",
                "lines", FundScenario.claimBody(application.id()).get("lines"))), 404, "not-found");
        assertProblem(other.user().post("claims", FundScenario.claimBody(application.id())), 404, "not-found");
        Reply list = other.user().get("claims?roundId=" + round.id());
        assertThat(list.json().getJsonNumber("total").longValue()).isZero();
        assertThat(list.body()).doesNotContain(owner.legalName());
        assertThat(owner.user().get("claims?roundId=" + round.id() + "&status=SUBMITTED&overdue=false")
                .json().getJsonNumber("total").longValue()).isEqualTo(1);
    }

    @Test
    void badRequestsAreClientErrorsWithTheirTypes() {
        OpenRound round = FundScenario.openRound();
        Company company = FundScenario.verifiedCompany("US");
        ApprovedApplication application = FundScenario.approvedApplication(company, round, "US");
        ApiClient officer = FundScenario.officer("US");

        assertProblem(officer.get("claims?status=PAID"), 400, "bad-request");
        assertProblem(officer.get("claims?overdue=sometimes"), 400, "bad-request");
        assertProblem(officer.get("claims?country=JP"), 400, "bad-request");
        assertProblem(company.user().postRaw("claims", "{\"applicationId\":", "application/json"), 400,
                "malformed-request");
        assertProblem(company.user().postRaw("claims", "{\"applicationId\":1,\"titel\":\"typo\"}", "application/json"),
                400, "malformed-request");
        assertProblem(company.user().post("claims", Map.of("applicationId", application.id())), 400, "validation");

        Map<String, Object> typedDifferential = Map.of("applicationId", application.id(), "title", "Typed amount",
                "lines", List.of(Map.of("category", "PRICE_DIFFERENTIAL", "description", "Typed in",
                        "periodStartsOn", "2027-01-01", "periodEndsOn", "2027-03-31", "amount", "99999.00")));
        Reply refused = company.user().post("claims", typedDifferential);
        assertProblem(refused, 422, "claim-line-invalid");
        assertThat(refused.json().getJsonArray("violations").getJsonObject(0).getString("field"))
                .isEqualTo("lines[0].amount");
        assertProblem(officer.post("claims", FundScenario.claimBody(application.id())), 403, "forbidden");
    }
}
