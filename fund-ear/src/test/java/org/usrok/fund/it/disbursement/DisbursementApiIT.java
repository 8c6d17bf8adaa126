package org.usrok.fund.it.disbursement;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.usrok.fund.it.support.Actors;
import org.usrok.fund.it.support.ApiClient;
import org.usrok.fund.it.support.ApiClient.Reply;
import org.usrok.fund.it.support.DisbursementFixture;
import org.usrok.fund.it.support.FundDeployment;
import org.usrok.fund.shared.CountryCode;

import java.io.StringReader;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The disbursement API over HTTP, called from inside the server (the committed allocation it starts
 * from is built through the services there): creation and release with Idempotency-Key, the files
 * as downloads, the company's payments, and bad input answered with 4xx problems naming what is wrong.
 */
@ExtendWith(ArquillianExtension.class)
class DisbursementApiIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return FundDeployment.withTests(DisbursementApiIT.class);
    }

    @Inject
    DisbursementFixture fixture;

    private Actors actors;

    @BeforeEach
    void setUp() {
        actors = fixture.actors();
    }

    private ApiClient officer(CountryCode country) {
        return ApiClient.as(actors.newOfficer(country).username(), Actors.PASSWORD);
    }

    private static void assertProblem(Reply reply, int status, String type) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().getString("type")).isEqualTo("urn:fund:problem:" + type);
        assertThat(reply.body()).doesNotContain("Exception").doesNotContain("at org.");
    }

    /** How many entries the ledger holds (the page's total). */
    private static long ledgerEntries() {
        Reply page = ApiClient.as("auditor", ApiClient.DEMO_PASSWORD).get("ledger/entries?size=1");
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        return page.json().getJsonNumber("total").longValue();
    }

    @Test
    void aBatchIsPreparedReleasedDownloadedAndPaidOverHttpWithIdempotencyKeys() throws NoSuchAlgorithmException {
        var committed = fixture.committed(List.of("123.45"), List.of());
        fixture.verifiedAccount(committed.us(0));
        long round = committed.round().id();
        ApiClient preparer = officer(CountryCode.US);
        String key = UUID.randomUUID().toString();

        Reply created = preparer.header("Idempotency-Key", key).post("rounds/" + round + "/disbursement-batches",
                Map.of("currency", "USD"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith("/disbursement-batches/" + created.id());
        JsonObject batch = created.json();
        assertThat(batch.getString("status")).isEqualTo("PREPARED");
        assertThat(batch.getJsonObject("total").getString("amount")).isEqualTo("123.45");
        Reply replayed = preparer.header("Idempotency-Key", key).post("rounds/" + round + "/disbursement-batches",
                Map.of("currency", "USD"));
        assertThat(replayed.id()).isEqualTo(created.id());
        assertThat(replayed.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(preparer.get("rounds/" + round + "/disbursement-batches?status=PREPARED").json()
                .getInt("total")).isEqualTo(1);

        assertProblem(preparer.post("disbursement-batches/" + created.id() + "/release", Map.of()), 403, "four-eyes");
        assertProblem(officer(CountryCode.KR).post("disbursement-batches/" + created.id() + "/release", Map.of()), 403,
                "own-country-only");
        assertProblem(preparer.get("disbursement-batches/" + created.id() + "/files/pain001"), 404, "not-found");

        ApiClient releaser = officer(CountryCode.US);
        String releaseKey = UUID.randomUUID().toString();
        Reply released = releaser.header("Idempotency-Key", releaseKey).post("disbursement-batches/" + created.id()
                + "/release", Map.of("expectedVersion", batch.getJsonNumber("version").longValue()));
        assertThat(released.status()).as(released.body()).isEqualTo(200);
        assertThat(released.json().getString("status")).isEqualTo("RELEASED");
        Reply retried = releaser.header("Idempotency-Key", releaseKey).post("disbursement-batches/" + created.id()
                + "/release", Map.of("expectedVersion", batch.getJsonNumber("version").longValue()));
        assertThat(retried.status()).as("a retry after a timeout gets the same answer").isEqualTo(200);
        assertThat(retried.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retried.json().getJsonNumber("ledgerSequence")).isEqualTo(released.json().getJsonNumber("ledgerSequence"));
        assertProblem(officer(CountryCode.US).post("disbursement-batches/" + created.id() + "/release", Map.of()), 409,
                "state-transition-refused");

        ApiClient auditor = ApiClient.as(actors.newAuditor().username(), Actors.PASSWORD);
        ApiClient.Download pain = auditor.download("disbursement-batches/" + created.id() + "/files/pain001");
        assertThat(pain.status()).isEqualTo(200);
        assertThat(pain.header("Content-Type")).startsWith("application/xml");
        assertThat(pain.header("Content-Disposition")).startsWith("attachment; filename=").contains(".xml");
        assertThat(pain.header("X-Content-SHA256"))
                .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pain.body())))
                .isEqualTo(released.json().getJsonArray("files").getJsonObject(0).getString("sha256"));
        assertThat(pain.text()).contains("<CtrlSum>123.45</CtrlSum>");
        ApiClient.Download csv = auditor.download("disbursement-batches/" + created.id() + "/files/remittance");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");

        ApiClient company = ApiClient.as(fixture.companyUser(committed.us(0)).username(), Actors.PASSWORD);
        assertProblem(company.get("disbursement-batches/" + created.id()), 403, "forbidden");
        assertProblem(company.get("disbursement-batches/" + created.id() + "/files/pain001"), 403, "forbidden");
        Reply mineReply = company.get("payments/mine");
        assertThat(mineReply.status()).isEqualTo(200);
        JsonArray payments;
        try (var reader = Json.createReader(new StringReader(mineReply.body()))) {
            payments = reader.readArray();
        }
        assertThat(payments).hasSize(1);
        JsonObject mine = payments.getJsonObject(0);
        assertThat(mine.getString("status")).isEqualTo("RELEASED");
        assertThat(mine.getJsonObject("amount").getString("amount")).isEqualTo("123.45");

        long paymentId = released.json().getJsonArray("payments").getJsonObject(0).getJsonNumber("id").longValue();
        assertThat(mine.getJsonNumber("id").longValue()).isEqualTo(paymentId);
        assertThat(mine.getJsonNumber("batchId").longValue()).isEqualTo(released.json().getJsonNumber("id").longValue());
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        Reply paid = releaser.post("payments/" + paymentId + "/status", Map.of("status", "PAID", "date", today,
                "bankReference", "FED-123"));
        assertThat(paid.status()).as(paid.body()).isEqualTo(200);
        assertThat(paid.json().getString("status")).isEqualTo("PAID");
        assertProblem(releaser.post("payments/" + paymentId + "/status", Map.of("status", "PAID", "date", today)), 409,
                "state-transition-refused");
    }

    @Test
    void badInputIsAnsweredWithProblemsNamingWhatIsWrong() {
        var committed = fixture.committed(List.of(), List.of("5000000"));
        fixture.verifiedAccount(committed.kr(0));
        long round = committed.round().id();
        ApiClient officer = officer(CountryCode.KR);
        String batches = "rounds/" + round + "/disbursement-batches";

        Reply noCurrency = officer.post(batches, Map.of());
        assertProblem(noCurrency, 400, "validation");
        assertThat(noCurrency.body()).contains("currency");
        assertProblem(officer.post(batches, Map.of("currency", "EUR")), 400, "malformed-request");
        assertProblem(officer.post(batches, Map.of("currency", "KRW", "companyIdz", List.of(1))), 400,
                "malformed-request");
        assertProblem(officer.post(batches, Map.of("currency", "KRW", "companyIds", List.of())), 400, "validation");
        assertProblem(officer.get(batches + "?status=DONE"), 400, "bad-request");
        assertProblem(officer.get(batches + "/preview"), 400, "bad-request");
        Reply preview = officer.get(batches + "/preview?currency=KRW");
        assertThat(preview.status()).as(preview.body()).isEqualTo(200);
        assertThat(preview.body()).contains("\"payable\":true").contains("\"amount\":\"5000000\"");
        assertProblem(officer.post(batches, Map.of("currency", "USD")), 403, "own-country-only");
        assertProblem(officer.post("rounds/999999999/disbursement-batches", Map.of("currency", "KRW")), 404,
                "not-found");
        assertProblem(officer.get("disbursement-batches/999999999"), 404, "not-found");
        assertProblem(ApiClient.as(fixture.companyUser(committed.kr(0)).username(), Actors.PASSWORD)
                .post(batches, Map.of("currency", "KRW")), 403, "forbidden");

        long id = officer.post(batches, Map.of("currency", "KRW")).id();
        assertProblem(officer.post(batches, Map.of("currency", "KRW")), 422, "nothing-to-disburse");
        assertProblem(officer.post("disbursement-batches/" + id + "/cancellation", Map.of("reason", " ")), 422,
                "reason-required");
        assertProblem(officer.postRaw("disbursement-batches/" + id + "/status-file", "x", "text/csv"), 409,
                "state-transition-refused");
        Reply released = officer(CountryCode.KR).post("disbursement-batches/" + id + "/release", Map.of());
        assertThat(released.status()).as(released.body()).isEqualTo(200);
        long paymentId = released.json().getJsonArray("payments").getJsonObject(0).getJsonNumber("id").longValue();
        String endToEnd = released.json().getJsonArray("payments").getJsonObject(0).getString("endToEndId");

        assertProblem(officer.post("payments/" + paymentId + "/status", Map.of("status", "PAID",
                "date", "2026-13-01")), 400, "malformed-request");
        assertProblem(officer.post("payments/" + paymentId + "/status", Map.of("status", "LOST",
                "date", "2026-11-01")), 400, "malformed-request");
        Reply noDate = officer.post("payments/" + paymentId + "/status", Map.of("status", "PAID"));
        assertProblem(noDate, 400, "validation");
        assertThat(noDate.body()).contains("date");
        Reply noReason = officer.post("payments/" + paymentId + "/status", Map.of("status", "RETURNED",
                "date", LocalDate.now(ZoneOffset.UTC).toString()));
        assertProblem(noReason, 422, "reason-required");
        assertThat(noReason.json().getJsonArray("violations").getJsonObject(0).getString("field")).isEqualTo("reason");

        LocalDate releasedOn = LocalDate.parse(released.json().getString("releasedAt").substring(0, 10));
        String latest = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
        long entries = ledgerEntries();
        Reply early = officer.post("payments/" + paymentId + "/status", Map.of("status", "RETURNED",
                "date", releasedOn.minusDays(1).toString(), "reason", "Account closed"));
        assertProblem(early, 422, "status-date-invalid");
        assertThat(early.json().getJsonArray("violations").getJsonObject(0).getString("field")).isEqualTo("date");
        assertThat(early.json().getString("detail")).isEqualTo("The date " + releasedOn.minusDays(1)
                + " is before the release of the batch (" + releasedOn + "): a bank reports on a payment from "
                + releasedOn + " to " + latest + ".");
        String dayAfterTomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(2).toString();
        Reply future = officer.post("payments/" + paymentId + "/status", Map.of("status", "RETURNED",
                "date", dayAfterTomorrow, "reason", "Account closed"));
        assertProblem(future, 422, "status-date-invalid");
        assertThat(future.json().getJsonArray("violations").getJsonObject(0).getString("field")).isEqualTo("date");
        assertThat(future.json().getString("detail")).isEqualTo("The date " + dayAfterTomorrow
                + " is in the future: a bank reports on a payment from " + releasedOn + " to " + latest + ".");
        Reply futureFile = officer.postRaw("disbursement-batches/" + id + "/status-file",
                endToEnd + ",RETURNED," + dayAfterTomorrow + ",B0,Account closed\n", "text/csv");
        assertProblem(futureFile, 422, "status-file-invalid");
        assertThat(futureFile.json().getJsonArray("violations").getJsonObject(0).getString("message"))
                .isEqualTo("The date " + dayAfterTomorrow + " is in the future: a bank reports on a payment from "
                        + releasedOn + " to " + latest + ".");
        assertThat(ledgerEntries()).as("nothing was posted").isEqualTo(entries);
        assertThat(officer.get("disbursement-batches/" + id).json().getJsonArray("payments").getJsonObject(0)
                .getString("status")).isEqualTo("RELEASED");

        Reply badFile = officer.postRaw("disbursement-batches/" + id + "/status-file",
                "end_to_end_id,status,date,bank_reference,reason\n" + endToEnd + ",PAID,yesterday,B1,\nFUND-X,PAID,"
                        + LocalDate.now(ZoneOffset.UTC) + ",B2,\n", "text/csv");
        assertProblem(badFile, 422, "status-file-invalid");
        assertThat(badFile.json().getJsonArray("violations")).hasSize(2);
        assertThat(badFile.json().getJsonArray("violations").getJsonObject(0).getString("field")).isEqualTo("line 2");
        assertThat(badFile.json().getJsonArray("violations").getJsonObject(1).getString("field")).isEqualTo("line 3");
        assertThat(officer.header("Accept-Language", "ko").postRaw("disbursement-batches/" + id + "/status-file",
                "FUND-X,PAID,2026-01-01,,", "text/csv").json().getString("detail")).contains("상태 파일");
    }
}
