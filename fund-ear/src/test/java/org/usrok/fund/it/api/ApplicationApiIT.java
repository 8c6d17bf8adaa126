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
import org.usrok.fund.it.support.ApiClient.Download;
import org.usrok.fund.it.support.ApiClient.Reply;
import org.usrok.fund.it.support.FundDeployment;
import org.usrok.fund.it.support.FundScenario;
import org.usrok.fund.it.support.FundScenario.Company;
import org.usrok.fund.it.support.FundScenario.OpenRound;

import java.io.StringReader;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Applications over HTTP: the plan, evidence uploads and downloads, the eligibility screen, the officers' review. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApplicationApiIT {

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

    private static String attachmentsOf(long applicationId, String filename) {
        return "applications/" + applicationId + "/attachments?filename=" + URLEncoder.encode(filename, StandardCharsets.UTF_8);
    }

    private static String sha256(byte[] content) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    @Test
    void aVerifiedCompanyAppliesWithEvidenceAndAnOfficerOfItsCountryApproves() throws NoSuchAlgorithmException {
        OpenRound round = FundScenario.openRound();
        Company company = FundScenario.verifiedCompany("KR");
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("roundId", round.id(), "plan", FundScenario.planBody(round.material()));

        Reply created = company.user().header("Idempotency-Key", key).post("applications", body);
        Reply replayed = company.user().header("Idempotency-Key", key).post("applications", body);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.id();
        assertThat(created.header("Location")).endsWith("/fund/api/applications/" + id);
        assertThat(replayed.id()).isEqualTo(id);
        assertThat(replayed.header("Idempotent-Replayed")).isEqualTo("true");
        JsonObject application = created.json();
        assertThat(application.getString("status")).isEqualTo("DRAFT");
        assertThat(application.getJsonNumber("companyId").longValue()).isEqualTo(company.id());
        assertThat(application.getJsonObject("plan").getJsonArray("targetSources").getValuesAs(JsonObject.class))
                .extracting(s -> s.getString("country"), s -> s.getString("sharePercent"))
                .containsExactly(tuple("CN", "40"), tuple("AU", "60"));

        byte[] pdf = FundScenario.pdf();
        Reply uploaded = company.user().postBytes(attachmentsOf(id, "공급계약서.pdf"), pdf, OCTET_STREAM, false);
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        JsonObject attachment = uploaded.json();
        assertThat(attachment.getString("contentType")).isEqualTo("application/pdf");
        assertThat(attachment.getString("fileName")).isEqualTo("공급계약서.pdf");
        assertThat(attachment.getString("sha256")).isEqualTo(sha256(pdf));
        assertThat(uploaded.header("Location")).endsWith("/fund/api/attachments/" + uploaded.id() + "/content");
        Reply listed = company.user().get("applications/" + id + "/attachments");
        assertThat(Json.createReader(new StringReader(listed.body())).readArray().getValuesAs(JsonObject.class))
                .extracting(a -> a.getJsonNumber("id").longValue()).containsExactly(uploaded.id());

        long version = company.user().get("applications/" + id).json().getJsonNumber("version").longValue();
        Reply submitted = company.user().post("applications/" + id + "/submission", Map.of("expectedVersion", version));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        assertThat(submitted.json().getString("status")).isEqualTo("SUBMITTED");

        ApiClient usOfficer = FundScenario.officer("US");
        assertProblem(usOfficer.post("applications/" + id + "/review", Map.of()), 403, "own-country-only");
        ApiClient officer = FundScenario.officer("KR");
        Download evidence = officer.download("attachments/" + uploaded.id() + "/content");
        assertThat(evidence.status()).isEqualTo(200);
        assertThat(evidence.body()).isEqualTo(pdf);
        assertThat(evidence.header("Content-Type")).startsWith("application/pdf");
        assertThat(evidence.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(evidence.header("X-Content-SHA256")).isEqualTo(sha256(pdf));
        assertThat(evidence.header("Repr-Digest")).isEqualTo("sha-256=:" + Base64.getEncoder()
                .encodeToString(HexFormat.of().parseHex(sha256(pdf))) + ":");
        String disposition = evidence.header("Content-Disposition");
        assertThat(disposition).startsWith("attachment;");
        assertThat(URLDecoder.decode(disposition.substring(disposition.indexOf("UTF-8''") + 7), StandardCharsets.UTF_8))
                .isEqualTo("공급계약서.pdf");

        Reply review = officer.post("applications/" + id + "/review", Map.of());
        assertThat(review.json().getString("status")).isEqualTo("UNDER_REVIEW");
        assertThat(review.json().getString("reviewer")).isEqualTo(officer.username());
        assertProblem(officer.post("applications/" + id + "/decision", Map.of("decision", "REJECT")), 422,
                "reason-required");
        assertProblem(officer.postRaw("applications/" + id + "/decision", "{\"decision\":\"MAYBE\"}",
                "application/json"), 400, "malformed-request");
        Reply approved = officer.post("applications/" + id + "/decision", Map.of("decision", "APPROVE",
                "expectedVersion", review.json().getJsonNumber("version").longValue()));
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().getString("status")).isEqualTo("APPROVED");
        assertThat(approved.json().getString("decidedBy")).isEqualTo(officer.username());

        Reply history = company.user().get("applications/" + id + "/history");
        assertThat(Json.createReader(new StringReader(history.body())).readArray().getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("action"))
                .containsExactly("APPLICATION_STARTED", "APPLICATION_SUBMITTED", "APPLICATION_REVIEW_STARTED",
                        "APPLICATION_APPROVED");
        Reply queue = officer.get("applications?roundId=" + round.id() + "&status=APPROVED&country=KR");
        assertThat(queue.json().getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(a -> a.getJsonNumber("id").longValue()).containsExactly(id);
    }

    @Test
    void aResubmissionClearsTheReturnAndTheCompanySeesOfficersByRole() {
        OpenRound round = FundScenario.openRound();
        Company company = FundScenario.verifiedCompany("KR");
        long id = FundScenario.apply(company, round);
        FundScenario.expect(company.user().post("applications/" + id + "/submission", Map.of()), 200);
        ApiClient officer = FundScenario.officer("KR");
        FundScenario.expect(officer.post("applications/" + id + "/review", Map.of()), 200);
        FundScenario.expect(officer.post("applications/" + id + "/decision", Map.of("decision", "RETURN",
                "reason", "Add the supply contract with the Australian refiner.")), 200);

        JsonObject returned = company.user().get("applications/" + id).json();
        assertThat(returned.getString("status")).isEqualTo("RETURNED");
        assertThat(returned.getString("decidedBy")).isEqualTo("OFFICER_KR");
        assertThat(returned.getString("decisionReason")).isEqualTo("Add the supply contract with the Australian refiner.");
        assertThat(returned.toString()).doesNotContain(officer.username());
        assertThat(company.user().get("applications/" + id + "/history").body()).doesNotContain(officer.username());
        assertThat(company.user().get("applications?size=100").body()).doesNotContain(officer.username());
        assertThat(officer.get("applications/" + id).json().getString("decidedBy")).isEqualTo(officer.username());

        JsonObject resubmitted = FundScenario.expect(company.user().post("applications/" + id + "/submission",
                Map.of()), 200).json();
        assertThat(resubmitted.getString("status")).isEqualTo("SUBMITTED");
        for (String cleared : List.of("decidedBy", "decidedAt", "decisionReason", "reviewer")) {
            assertThat(!resubmitted.containsKey(cleared) || resubmitted.isNull(cleared)).as(cleared).isTrue();
        }
        JsonObject asOfficerSees = officer.get("applications/" + id).json();
        assertThat(!asOfficerSees.containsKey("decisionReason") || asOfficerSees.isNull("decisionReason")).isTrue();
        assertThat(Json.createReader(new StringReader(officer.get("applications/" + id + "/history").body())).readArray()
                .getValuesAs(JsonObject.class)).extracting(e -> e.getString("action")).containsExactly(
                "APPLICATION_STARTED", "APPLICATION_SUBMITTED", "APPLICATION_REVIEW_STARTED", "APPLICATION_RETURNED",
                "APPLICATION_SUBMITTED");
    }

    @Test
    void aFailedEligibilityScreenListsEveryCheckInTheCallersLanguage() {
        OpenRound round = FundScenario.openRound();
        Company pending = FundScenario.registeredCompany("US");
        long id = FundScenario.apply(pending, round);

        Reply eligibility = pending.user().get("applications/" + id + "/eligibility");
        assertThat(eligibility.status()).as(eligibility.body()).isEqualTo(200);
        assertThat(eligibility.json().getBoolean("eligible")).isFalse();

        Reply refused = pending.user().post("applications/" + id + "/submission", Map.of());
        assertProblem(refused, 422, "not-eligible");
        List<JsonObject> checks = refused.json().getJsonArray("eligibility").getValuesAs(JsonObject.class);
        assertThat(checks).extracting(c -> c.getString("check"), c -> c.getBoolean("passed")).containsExactly(
                tuple("companyVerified", false), tuple("applicationWindowOpen", true),
                tuple("eligibleMaterial", true), tuple("noOtherOpenApplication", true));
        assertThat(checks).allSatisfy(c -> assertThat(c.getString("message")).isNotBlank());

        Reply korean = pending.user().header("Accept-Language", "ko-KR").post("applications/" + id + "/submission", null);
        assertProblem(korean, 422, "not-eligible");
        assertThat(korean.json().getJsonArray("eligibility").getJsonObject(0).getString("message"))
                .startsWith("기업 검증이 아직 완료되지 않았습니다");
        assertThat(pending.user().get("applications/" + id).json().getString("status")).isEqualTo("DRAFT");
    }

    @Test
    void evidenceIsJudgedByItsContentAndItsSize() {
        OpenRound round = FundScenario.openRound();
        Company company = FundScenario.verifiedCompany("US");
        long id = FundScenario.apply(company, round);

        Reply renamedExe = company.user().postBytes(attachmentsOf(id, "invoice.pdf"), FundScenario.windowsExecutable(),
                "application/pdf", false);
        assertProblem(renamedExe, 422, "attachment-rejected");
        assertThat(renamedExe.json().getJsonArray("violations").getJsonObject(0).getString("field")).isEqualTo("file");

        Reply misnamed = company.user().postBytes(attachmentsOf(id, "scan.png"), FundScenario.pdf(), "image/png", false);
        assertProblem(misnamed, 422, "attachment-rejected");
        assertProblem(company.user().postBytes(attachmentsOf(id, "empty.pdf"), new byte[0], OCTET_STREAM, false), 422,
                "attachment-rejected");
        assertProblem(company.user().postBytes("applications/" + id + "/attachments", FundScenario.pdf(), OCTET_STREAM,
                false), 400, "bad-request");

        assertThat(company.user().get("applications/" + id).json().getJsonArray("attachments")).isEmpty();
    }

    @Test
    void anotherCompanysApplicationAndEvidenceDoNotExistForIt() {
        OpenRound round = FundScenario.openRound();
        Company owner = FundScenario.verifiedCompany("US");
        long id = FundScenario.apply(owner, round);
        long attachment = owner.user().postBytes(attachmentsOf(id, "plan.pdf"), FundScenario.pdf(), OCTET_STREAM, false)
                .id();
        ApiClient other = FundScenario.verifiedCompany("US").user();

        assertProblem(other.get("applications/" + id), 404, "not-found");
        assertProblem(other.get("applications/" + id + "/history"), 404, "not-found");
        assertProblem(other.post("applications/" + id + "/submission", Map.of()), 404, "not-found");
        assertProblem(other.postBytes(attachmentsOf(id, "x.pdf"), FundScenario.pdf(), OCTET_STREAM, false), 404,
                "not-found");
        Download download = other.download("attachments/" + attachment + "/content");
        assertThat(download.status()).isEqualTo(404);
        assertThat(new String(download.body(), StandardCharsets.UTF_8)).doesNotContain("%PDF");
        assertThat(other.get("applications?roundId=" + round.id()).json().getJsonNumber("total").longValue()).isZero();
        assertProblem(other.get("applications?roundId=abc"), 400, "bad-request");
        assertProblem(other.get("applications?status=PAID"), 400, "bad-request");
    }
}
