package org.usrok.fund.it.api;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.usrok.fund.it.support.Actors;
import org.usrok.fund.it.support.ApiClient;
import org.usrok.fund.it.support.ApiClient.Download;
import org.usrok.fund.it.support.ApiClient.Reply;
import org.usrok.fund.it.support.DisbursementFixture;
import org.usrok.fund.it.support.FundDeployment;
import org.usrok.fund.it.support.FundScenario;
import org.usrok.fund.it.support.PaidCompany;
import org.usrok.fund.it.support.RemoteFixtures;
import org.usrok.fund.it.support.ServerFixture;
import org.usrok.fund.shared.CountryCode;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may call what, from one table ({@link #MATRIX}): every operation of the served OpenAPI
 * document, called by every kind of caller, answers as the table says, and docs/api.md's "Access
 * matrix" shows the same table. An operation served but not in the table fails, so a new endpoint
 * must be classified. Operations on something a company owns act on company A's (a U.S. company
 * the fund has paid), so the "another company" column is company B asking for A's; the rest act on
 * an id that does not exist. A request an allowed caller may make carries an empty or incomplete
 * body, or acts on something whose state refuses it, so nothing is written but notifications
 * marked read, a ledger checkpoint and audit records (A's records read the same afterwards). Then company B tries every action on A's drafts, evidence,
 * notifications, accounts, payments and documents with bodies that would work for A, and A's
 * records are unchanged and B's lists never show them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessMatrixIT {

    /** Who calls. Company A's user is {@link #COMPANY}, company B's {@link #OTHER_COMPANY}. */
    enum Caller {
        ANONYMOUS("anonymous"), COMPANY("COMPANY (A)"), OTHER_COMPANY("COMPANY (B)"), OFFICER_US("OFFICER_US"),
        OFFICER_KR("OFFICER_KR"), AUDITOR("AUDITOR"), ADMIN("ADMIN");

        final String heading;

        Caller(String heading) {
            this.heading = heading;
        }
    }

    /** What an operation's path variable names. */
    enum Target {
        NONE("—", false), UNKNOWN("an id that does not exist", false), COMPANY("company A", true),
        APPLICATION("A's approved application", true), CLAIM("A's approved, paid claim", true),
        ATTACHMENT("evidence of A's approved application", true), PAYOUT_ACCOUNT("A's verified payout account", true),
        PAYMENT("A's released payment", true), RECOVERY("A's approved recovery", true),
        NOTIFICATION("a notification to A's user", true), SCENARIO("the committed scenario A has a share in", true),
        ROUND("the round A was paid from", true);

        final String description;
        final boolean real;

        Target(String description, boolean real) {
            this.description = description;
            this.real = real;
        }
    }

    /** One operation and what each {@link Caller} gets, in the order of {@link Caller}. */
    record Row(String method, String path, Target target, List<String> outcomes) {

        String operation() {
            return method + " " + path;
        }

        String expected(Caller caller) {
            return outcomes.get(caller.ordinal());
        }
    }

    static final String ALLOWED = "allowed";

    private static Row row(String method, String path, Target target, String outcomes) {
        List<String> list = Arrays.stream(outcomes.trim().split("\\s+")).map(o -> o.equals("ok") ? ALLOWED : o).toList();
        if (list.size() != Caller.values().length || !list.stream().allMatch(Set.of(ALLOWED, "401", "403", "404")::contains)) {
            throw new IllegalArgumentException("Bad outcomes for " + method + " " + path + ": " + outcomes);
        }
        return new Row(method, path, target, list);
    }

    private static final Target NONE = Target.NONE;
    private static final Target UNKNOWN = Target.UNKNOWN;

    /**
     * The access rules. Outcomes per caller: anonymous, COMPANY (A), COMPANY (B), OFFICER_US,
     * OFFICER_KR, AUDITOR, ADMIN. {@code ok} is "allowed": any answer but 401 and 403 (and, on A's
     * own records, but 404); a validation 400, a 404 for an id that does not exist or a 409 for a
     * state that refuses the action are allowed callers' answers.
     */
    static final List<Row> MATRIX = List.of(
            row("GET", "/fund/api/me", NONE, "401 ok ok ok ok ok ok"),
            row("GET", "/fund/api/users", NONE, "401 403 403 403 403 ok ok"),
            row("POST", "/fund/api/users", NONE, "401 403 403 403 403 403 ok"),
            row("GET", "/fund/api/users/{id}", UNKNOWN, "401 403 403 403 403 ok ok"),
            row("GET", "/fund/api/companies", NONE, "401 ok ok ok ok ok ok"),
            row("POST", "/fund/api/companies", NONE, "401 ok ok 403 403 403 403"),
            row("GET", "/fund/api/companies/{id}", Target.COMPANY, "401 ok 404 ok ok ok ok"),
            row("POST", "/fund/api/companies/{id}/verification", Target.COMPANY, "401 403 403 ok 403 403 403"),
            row("POST", "/fund/api/companies/{id}/rejection", Target.COMPANY, "401 403 403 ok 403 403 403"),
            row("GET", "/fund/api/companies/me/statement.pdf", NONE, "401 ok ok 403 403 403 403"),
            row("GET", "/fund/api/audit", NONE, "401 403 403 ok ok ok ok"),
            row("GET", "/fund/api/audit/records", NONE, "401 403 403 ok ok ok ok"),
            row("GET", "/fund/api/ledger/entries", NONE, "401 403 403 ok ok ok 403"),
            row("GET", "/fund/api/ledger/entries/{sequence}", UNKNOWN, "401 403 403 ok ok ok 403"),
            row("GET", "/fund/api/ledger/trial-balance", NONE, "401 403 403 ok ok ok 403"),
            row("GET", "/fund/api/ledger/trial-balance.pdf", NONE, "401 403 403 ok ok ok 403"),
            row("GET", "/fund/api/ledger/balances", NONE, "401 403 403 ok ok ok 403"),
            row("GET", "/fund/api/ledger/verification", NONE, "401 403 403 ok ok ok 403"),
            row("GET", "/fund/api/ledger/reconciliation", NONE, "401 403 403 ok ok ok 403"),
            row("GET", "/fund/api/ledger/export", NONE, "401 403 403 ok ok ok 403"),
            row("GET", "/fund/api/ledger/verifier", NONE, "401 ok ok ok ok ok ok"),
            row("GET", "/fund/api/ledger/verifier/jar", NONE, "401 ok ok ok ok ok ok"),
            row("GET", "/fund/api/ledger/checkpoints", NONE, "401 403 403 ok ok ok 403"),
            row("POST", "/fund/api/ledger/checkpoints", NONE, "401 403 403 ok ok ok 403"),
            row("GET", "/fund/api/ledger/checkpoints/public-key", NONE, "401 ok ok ok ok ok ok"),
            row("GET", "/fund/api/ledger/checkpoints/{id}", UNKNOWN, "401 403 403 ok ok ok 403"),
            row("GET", "/fund/api/ledger/checkpoints/{id}/file", UNKNOWN, "401 403 403 ok ok ok 403"),
            row("POST", "/fund/api/ledger/checkpoints/{id}/countersignatures", UNKNOWN, "401 403 403 ok ok 403 403"),
            row("GET", "/fund/api/reference/materials", NONE, "401 ok ok ok ok ok ok"),
            row("POST", "/fund/api/reference/materials", NONE, "401 403 403 403 403 403 ok"),
            row("GET", "/fund/api/reference/materials/{code}", UNKNOWN, "401 ok ok ok ok ok ok"),
            row("PUT", "/fund/api/reference/materials/{code}/active", UNKNOWN, "401 403 403 403 403 403 ok"),
            row("GET", "/fund/api/reference/cost-categories", NONE, "401 ok ok ok ok ok ok"),
            row("PUT", "/fund/api/reference/cost-categories/{code}/active", UNKNOWN, "401 403 403 403 403 403 ok"),
            row("GET", "/fund/api/rounds", NONE, "401 ok ok ok ok ok ok"),
            row("POST", "/fund/api/rounds", NONE, "401 403 403 ok ok 403 403"),
            row("GET", "/fund/api/rounds/{id}", Target.ROUND, "401 ok ok ok ok ok ok"),
            row("PUT", "/fund/api/rounds/{id}", Target.ROUND, "401 403 403 ok ok 403 403"),
            row("POST", "/fund/api/rounds/{id}/sign-off", Target.ROUND, "401 403 403 ok ok 403 403"),
            row("POST", "/fund/api/rounds/{id}/claims-closure", Target.ROUND, "401 403 403 ok ok 403 403"),
            row("GET", "/fund/api/rounds/{id}/contributions", Target.ROUND, "401 403 403 ok ok ok ok"),
            row("POST", "/fund/api/rounds/{id}/contributions/receipts", Target.ROUND, "401 403 403 ok ok 403 403"),
            row("GET", "/fund/api/exchange-rates", NONE, "401 403 403 ok ok ok 403"),
            row("POST", "/fund/api/exchange-rates", NONE, "401 403 403 ok ok 403 403"),
            row("GET", "/fund/api/exchange-rates/on", NONE, "401 403 403 ok ok ok 403"),
            row("GET", "/fund/api/exchange-rates/{id}", UNKNOWN, "401 403 403 ok ok ok 403"),
            row("GET", "/fund/api/applications", NONE, "401 ok ok ok ok ok ok"),
            row("POST", "/fund/api/applications", NONE, "401 ok ok 403 403 403 403"),
            row("GET", "/fund/api/applications/{id}", Target.APPLICATION, "401 ok 404 ok ok ok ok"),
            row("PUT", "/fund/api/applications/{id}", Target.APPLICATION, "401 ok 404 403 403 403 403"),
            row("POST", "/fund/api/applications/{id}/submission", Target.APPLICATION, "401 ok 404 403 403 403 403"),
            row("GET", "/fund/api/applications/{id}/eligibility", Target.APPLICATION, "401 ok 404 ok ok ok 403"),
            row("POST", "/fund/api/applications/{id}/review", Target.APPLICATION, "401 403 403 ok 403 403 403"),
            row("POST", "/fund/api/applications/{id}/decision", Target.APPLICATION, "401 403 403 ok 403 403 403"),
            row("GET", "/fund/api/applications/{id}/history", Target.APPLICATION, "401 ok 404 ok ok ok ok"),
            row("GET", "/fund/api/applications/{id}/attachments", Target.APPLICATION, "401 ok 404 ok ok ok ok"),
            row("POST", "/fund/api/applications/{id}/attachments", Target.APPLICATION, "401 ok 404 403 403 403 403"),
            row("GET", "/fund/api/attachments/{id}/content", Target.ATTACHMENT, "401 ok 404 ok ok ok 403"),
            row("GET", "/fund/api/claims", NONE, "401 ok ok ok ok ok ok"),
            row("POST", "/fund/api/claims", NONE, "401 ok ok 403 403 403 403"),
            row("GET", "/fund/api/claims/{id}", Target.CLAIM, "401 ok 404 ok ok ok ok"),
            row("PUT", "/fund/api/claims/{id}", Target.CLAIM, "401 ok 404 403 403 403 403"),
            row("POST", "/fund/api/claims/{id}/submission", Target.CLAIM, "401 ok 404 403 403 403 403"),
            row("POST", "/fund/api/claims/{id}/review", Target.CLAIM, "401 403 403 ok 403 403 403"),
            row("POST", "/fund/api/claims/{id}/review-result", Target.CLAIM, "401 403 403 ok 403 403 403"),
            row("POST", "/fund/api/claims/{id}/decision", Target.CLAIM, "401 403 403 ok 403 403 403"),
            row("GET", "/fund/api/claims/{id}/history", Target.CLAIM, "401 ok 404 ok ok ok ok"),
            row("GET", "/fund/api/claims/{id}/attachments", Target.CLAIM, "401 ok 404 ok ok ok ok"),
            row("POST", "/fund/api/claims/{id}/attachments", Target.CLAIM, "401 ok 404 403 403 403 403"),
            row("GET", "/fund/api/notifications", NONE, "401 ok ok ok ok ok ok"),
            row("GET", "/fund/api/notifications/unread-count", NONE, "401 ok ok ok ok ok ok"),
            row("POST", "/fund/api/notifications/{id}/read", Target.NOTIFICATION, "401 ok 404 404 404 404 404"),
            row("POST", "/fund/api/notifications/read-all", NONE, "401 ok ok ok ok ok ok"),
            row("POST", "/fund/api/rounds/{roundId}/allocation-scenarios", Target.ROUND, "401 403 403 ok ok 403 403"),
            row("GET", "/fund/api/rounds/{roundId}/allocation-scenarios", Target.ROUND, "401 403 403 ok ok ok ok"),
            row("GET", "/fund/api/allocation-scenarios/{id}", Target.SCENARIO, "401 403 403 ok ok ok ok"),
            row("GET", "/fund/api/allocation-scenarios/{id}/shares", Target.SCENARIO, "401 403 403 ok ok ok ok"),
            row("GET", "/fund/api/allocation-scenarios/{id}/certificate", Target.SCENARIO, "401 403 403 ok ok ok ok"),
            row("GET", "/fund/api/allocation-scenarios/comparison", NONE, "401 403 403 ok ok ok ok"),
            row("POST", "/fund/api/allocation-scenarios/{id}/proposal", Target.SCENARIO, "401 403 403 ok ok 403 403"),
            row("POST", "/fund/api/allocation-scenarios/{id}/approval", Target.SCENARIO, "401 403 403 ok ok 403 403"),
            row("POST", "/fund/api/allocation-scenarios/{id}/decline", Target.SCENARIO, "401 403 403 ok ok 403 403"),
            row("GET", "/fund/api/allocations/mine", NONE, "401 ok ok 403 403 403 403"),
            row("GET", "/fund/api/allocations/{scenarioId}/award-letter.pdf", Target.SCENARIO, "401 ok 403 403 403 403 403"),
            row("GET", "/fund/api/rounds/{roundId}/allocation-report.pdf", Target.ROUND, "401 403 403 ok ok ok ok"),
            row("POST", "/fund/api/rounds/{roundId}/disbursement-batches", Target.ROUND, "401 403 403 ok ok 403 403"),
            row("GET", "/fund/api/rounds/{roundId}/disbursement-batches/preview", Target.ROUND, "401 403 403 ok ok 403 403"),
            row("GET", "/fund/api/rounds/{roundId}/disbursement-batches", Target.ROUND, "401 403 403 ok ok ok ok"),
            row("GET", "/fund/api/disbursement-batches/{id}", UNKNOWN, "401 403 403 ok ok ok ok"),
            row("POST", "/fund/api/disbursement-batches/{id}/release", UNKNOWN, "401 403 403 ok ok 403 403"),
            row("POST", "/fund/api/disbursement-batches/{id}/cancellation", UNKNOWN, "401 403 403 ok ok 403 403"),
            row("GET", "/fund/api/disbursement-batches/{id}/files/pain001", UNKNOWN, "401 403 403 ok ok ok 403"),
            row("GET", "/fund/api/disbursement-batches/{id}/files/remittance", UNKNOWN, "401 403 403 ok ok ok 403"),
            row("POST", "/fund/api/disbursement-batches/{id}/status-file", UNKNOWN, "401 403 403 ok ok 403 403"),
            row("GET", "/fund/api/payments/mine", NONE, "401 ok ok 403 403 403 403"),
            row("GET", "/fund/api/payments/{id}", Target.PAYMENT, "401 403 403 ok ok ok ok"),
            row("POST", "/fund/api/payments/{id}/status", Target.PAYMENT, "401 403 403 ok 403 403 403"),
            row("GET", "/fund/api/recoveries", NONE, "401 403 403 ok ok ok ok"),
            row("POST", "/fund/api/recoveries", NONE, "401 403 403 ok ok 403 403"),
            row("GET", "/fund/api/recoveries/mine", NONE, "401 ok ok 403 403 403 403"),
            row("GET", "/fund/api/recoveries/recoverable", NONE, "401 403 403 ok ok ok ok"),
            row("GET", "/fund/api/recoveries/{id}", Target.RECOVERY, "401 ok 404 ok ok ok ok"),
            row("POST", "/fund/api/recoveries/{id}/approval", Target.RECOVERY, "401 403 403 ok 403 403 403"),
            row("POST", "/fund/api/recoveries/{id}/rejection", Target.RECOVERY, "401 403 403 ok 403 403 403"),
            row("POST", "/fund/api/recoveries/{id}/withdrawal", Target.RECOVERY, "401 403 403 ok 403 403 403"),
            row("POST", "/fund/api/recoveries/{id}/receipts", Target.RECOVERY, "401 403 403 ok 403 403 403"),
            row("GET", "/fund/api/payout-accounts", NONE, "401 403 403 ok ok ok ok"),
            row("POST", "/fund/api/payout-accounts", NONE, "401 ok ok 403 403 403 403"),
            row("GET", "/fund/api/payout-accounts/mine", NONE, "401 ok ok 403 403 403 403"),
            row("GET", "/fund/api/payout-accounts/korean-banks", NONE, "401 ok ok ok ok ok ok"),
            row("GET", "/fund/api/payout-accounts/{id}", Target.PAYOUT_ACCOUNT, "401 ok 404 ok ok ok ok"),
            row("GET", "/fund/api/payout-accounts/{id}/history", Target.PAYOUT_ACCOUNT, "401 ok 404 ok ok ok ok"),
            row("POST", "/fund/api/payout-accounts/{id}/verification", Target.PAYOUT_ACCOUNT, "401 403 403 ok 403 403 403"),
            row("POST", "/fund/api/payout-accounts/{id}/rejection", Target.PAYOUT_ACCOUNT, "401 403 403 ok 403 403 403"));

    private static final String UNKNOWN_ID = "999999999";
    private static final String UNKNOWN_CODE = "NO_SUCH_CODE";

    /** A query string and a JSON body ({@link #PLAN} and {@link #CLAIM} stand for a valid plan and claim). */
    private record Request(String query, Object body) {
    }

    private static final String PLAN = "a valid plan";
    private static final String CLAIM = "a valid claim";

    private static Request query(String query) {
        return new Request(query, Map.of());
    }

    private static Request body(Object body) {
        return new Request("", body);
    }

    /**
     * Where a resource checks its input (required query parameters, the body's own constraints)
     * before the service checks the caller, those checks answer 400 to every caller; the matrix's
     * request for such an operation passes them, so that the caller's rights decide. So do the
     * bodies of officers' decisions: the service validates a command before it looks at the
     * target (own country, state). Every other operation gets no query and an empty JSON object.
     */
    private static final Map<String, Request> REQUESTS = Map.ofEntries(
            Map.entry("GET /fund/api/audit", query("?entityType=Company&entityId={companyA}")),
            Map.entry("PUT /fund/api/reference/materials/{code}/active", body(Map.of("active", true))),
            Map.entry("PUT /fund/api/reference/cost-categories/{code}/active", body(Map.of("active", true))),
            Map.entry("GET /fund/api/exchange-rates/on", query("?base=USD&quote=KRW&date=2026-01-02")),
            Map.entry("GET /fund/api/allocation-scenarios/comparison", query("?ids=999999998," + UNKNOWN_ID)),
            Map.entry("GET /fund/api/rounds/{roundId}/disbursement-batches/preview", query("?currency=USD")),
            Map.entry("GET /fund/api/recoveries/recoverable", query("?companyId={companyA}&currency=USD")),
            Map.entry("POST /fund/api/companies/{id}/rejection", body(Map.of("reason", "access matrix"))),
            Map.entry("PUT /fund/api/applications/{id}", body(PLAN)),
            Map.entry("POST /fund/api/applications/{id}/decision", body(Map.of("decision", "APPROVE"))),
            Map.entry("PUT /fund/api/claims/{id}", body(CLAIM)),
            Map.entry("POST /fund/api/claims/{id}/review-result", body(Map.of("lines",
                    List.of(Map.of("lineNo", 1, "approvedAmount", "1.00", "reason", "access matrix"))))),
            Map.entry("POST /fund/api/claims/{id}/decision", body(Map.of("decision", "APPROVE"))),
            Map.entry("POST /fund/api/payments/{id}/status", body(Map.of("status", "RETURNED",
                    "date", LocalDate.now(ZoneOffset.UTC).toString()))),
            Map.entry("POST /fund/api/recoveries/{id}/rejection", body(Map.of("reason", "access matrix"))),
            Map.entry("POST /fund/api/recoveries/{id}/receipts", body(Map.of("amount", "1000000.00",
                    "receivedOn", LocalDate.now(ZoneOffset.UTC).toString(), "bankReference", "MATRIX"))),
            Map.entry("POST /fund/api/payout-accounts/{id}/rejection", body(Map.of("reason", "access matrix"))));

    private static final Pattern VARIABLE = Pattern.compile("\\{[^}]*}");
    private static final String OCTET_STREAM = "application/octet-stream";

    @Deployment
    static EnterpriseArchive deployment() {
        return FundDeployment.withTests(AccessMatrixIT.class, PaidUsCompany.class);
    }

    /** Company A: a U.S. company the fund has paid, through the real services. */
    public static final class PaidUsCompany implements ServerFixture {

        @Override
        public Properties build(DisbursementFixture fixture) {
            PaidCompany paid = fixture.paid(CountryCode.US, "3000.00");
            Properties answer = new Properties();
            answer.setProperty("user", paid.user().username());
            answer.setProperty("companyId", String.valueOf(paid.companyId()));
            answer.setProperty("claimId", String.valueOf(paid.claim().id()));
            answer.setProperty("roundId", String.valueOf(paid.roundId()));
            return answer;
        }
    }

    /** What the tests act on: company A's records (see {@link Target}) and its drafts, and company B. */
    record Seed(FundScenario.Company companyA, FundScenario.Company companyB, Map<Target, String> ids,
                long draftApplication, long draftClaim, String material, List<Long> draftEvidence) {
    }

    /** Company A paid, its recovery approved, evidence, drafts and a notification; and company B, verified. */
    private static Seed seed() {
        Properties paid = RemoteFixtures.build(PaidUsCompany.class);
        ApiClient userA = ApiClient.as(paid.getProperty("user"), Actors.PASSWORD);
        long companyId = Long.parseLong(paid.getProperty("companyId"));
        FundScenario.Company companyA = new FundScenario.Company(userA, companyId,
                FundScenario.expect(userA.get("companies/" + companyId), 200).json().getString("legalName"));
        Map<Target, String> ids = new EnumMap<>(Target.class);
        ids.put(Target.UNKNOWN, UNKNOWN_ID);
        ids.put(Target.COMPANY, String.valueOf(companyId));
        ids.put(Target.CLAIM, paid.getProperty("claimId"));
        ids.put(Target.ROUND, paid.getProperty("roundId"));
        ids.put(Target.SCENARIO, firstId(FundScenario.expect(userA.get("allocations/mine"), 200).body(), "scenarioId"));
        ids.put(Target.PAYMENT, firstId(FundScenario.expect(userA.get("payments/mine"), 200).body(), "id"));
        ids.put(Target.PAYOUT_ACCOUNT, firstId(FundScenario.expect(userA.get("payout-accounts/mine"), 200).body(), "id"));

        Map<String, Object> recovery = new HashMap<>();
        recovery.put("companyId", companyId);
        recovery.put("currency", "USD");
        recovery.put("amount", "100.00");
        recovery.put("reason", "Paid twice by mistake");
        long recoveryId = FundScenario.expect(FundScenario.officer("US").post("recoveries", recovery), 201).id();
        FundScenario.expect(FundScenario.officer("US").post("recoveries/" + recoveryId + "/approval", Map.of()), 200);
        ids.put(Target.RECOVERY, String.valueOf(recoveryId));

        // An approved application with evidence, and a draft claim with evidence under it.
        FundScenario.OpenRound round = FundScenario.openRound();
        long application = FundScenario.apply(companyA, round);
        long evidence = upload(userA, "applications/" + application);
        FundScenario.expect(userA.post("applications/" + application + "/submission", Map.of()), 200);
        ApiClient officer = FundScenario.officer("US");
        FundScenario.expect(officer.post("applications/" + application + "/review", Map.of()), 200);
        FundScenario.expect(officer.post("applications/" + application + "/decision", Map.of("decision", "APPROVE")), 200);
        ids.put(Target.APPLICATION, String.valueOf(application));
        ids.put(Target.ATTACHMENT, String.valueOf(evidence));
        long draftClaim = FundScenario.expect(userA.post("claims", FundScenario.claimBody(application)), 201).id();
        long claimEvidence = upload(userA, "claims/" + draftClaim);

        // A draft application with evidence in another open round.
        FundScenario.OpenRound other = FundScenario.openRound();
        long draftApplication = FundScenario.apply(companyA, other);
        long applicationEvidence = upload(userA, "applications/" + draftApplication);

        ids.put(Target.NOTIFICATION, firstId(FundScenario.expect(userA.get("notifications?unreadOnly=true"), 200).json()
                .getJsonArray("items").toString(), "id"));
        return new Seed(companyA, FundScenario.verifiedCompany("US"), ids, draftApplication, draftClaim,
                other.material(), List.of(evidence, claimEvidence, applicationEvidence));
    }

    private static long upload(ApiClient user, String owner) {
        return FundScenario.expect(user.postBytes(owner + "/attachments?filename=evidence.pdf", FundScenario.pdf(),
                OCTET_STREAM, false), 201).id();
    }

    private static String firstId(String jsonArray, String property) {
        var array = Json.createReader(new StringReader(jsonArray)).readArray();
        assertThat(array).as("a list of the company's records").isNotEmpty();
        return String.valueOf(array.getJsonObject(0).getJsonNumber(property).longValue());
    }

    @Test
    void everyOperationAnswersEveryCallerAsTheMatrixSays() {
        Set<String> served = servedOperations();
        Set<String> classified = new TreeSet<>(MATRIX.stream().map(Row::operation).toList());
        assertThat(classified).as("operations in the access matrix (duplicates?)").hasSize(MATRIX.size());
        assertThat(classified).as("operations in the access matrix that the server does not serve")
                .isSubsetOf(served);
        assertThat(served).as("operations served that the access matrix does not classify").isSubsetOf(classified);

        Seed seed = seed();
        Map<Caller, ApiClient> callers = new EnumMap<>(Caller.class);
        callers.put(Caller.ANONYMOUS, ApiClient.anonymous());
        callers.put(Caller.COMPANY, seed.companyA().user());
        callers.put(Caller.OTHER_COMPANY, seed.companyB().user());
        callers.put(Caller.OFFICER_US, FundScenario.officer("US"));
        callers.put(Caller.OFFICER_KR, FundScenario.officer("KR"));
        callers.put(Caller.AUDITOR, ApiClient.newUser("matrix-auditor", "AUDITOR", "US"));
        callers.put(Caller.ADMIN, ApiClient.newUser("matrix-admin", "ADMIN", "US"));

        List<String> recordsOfA = recordsOf(seed);
        Map<String, String> before = snapshot(seed.companyA().user(), recordsOfA);
        List<String> differences = new ArrayList<>();
        List<String> observedRows = new ArrayList<>();
        for (Row row : MATRIX) {
            String path = VARIABLE.matcher(row.path()).replaceAll(row.path().contains("{code}") ? UNKNOWN_CODE
                    : seed.ids().getOrDefault(row.target(), UNKNOWN_ID)).substring("/fund/api/".length());
            List<String> observed = new ArrayList<>();
            for (Caller caller : Caller.values()) {
                Download answer = send(callers.get(caller), row, path, seed);
                String outcome = outcome(answer.status(), row.target());
                observed.add(outcome.equals(ALLOWED) ? "ok" : outcome);
                if (answer.status() >= 500) {
                    differences.add(row.operation() + " as " + caller + ": " + answer.status() + " " + answer.text());
                } else if (!outcome.equals(row.expected(caller))) {
                    differences.add(row.operation() + " as " + caller + ": expected " + row.expected(caller) + ", got "
                            + answer.status() + " " + abbreviate(answer.text()));
                }
            }
            observedRows.add("row(\"" + row.method() + "\", \"" + row.path() + "\", " + row.target() + ", \""
                    + String.join(" ", observed) + "\"),");
        }
        assertThat(differences).as("answers that differ from the access matrix; observed:\n"
                + String.join("\n", observedRows)).isEmpty();
        assertThat(snapshot(seed.companyA().user(), recordsOfA)).as("company A's records after the matrix's requests")
                .isEqualTo(before);
    }

    /** Company A's records as A reads them (not their histories, which record refused attempts too). */
    private static List<String> recordsOf(Seed seed) {
        Map<Target, String> ids = seed.ids();
        return List.of("companies/" + ids.get(Target.COMPANY), "applications/" + ids.get(Target.APPLICATION),
                "applications/" + seed.draftApplication(), "claims/" + ids.get(Target.CLAIM),
                "claims/" + seed.draftClaim(), "payout-accounts/" + ids.get(Target.PAYOUT_ACCOUNT),
                "recoveries/" + ids.get(Target.RECOVERY), "rounds/" + ids.get(Target.ROUND), "payments/mine",
                "payout-accounts/mine", "recoveries/mine", "allocations/mine");
    }

    @Test
    void docsApiMdShowsTheAccessMatrixOfThisTest() throws IOException {
        String apiMd = Files.readString(Path.of("..", "docs", "api.md"), StandardCharsets.UTF_8);
        List<String> documented = new ArrayList<>();
        boolean inSection = false;
        for (String line : apiMd.lines().toList()) {
            if (line.startsWith("## ")) {
                inSection = line.equals("## Access matrix");
            } else if (inSection && line.startsWith("|")) {
                documented.add(line.strip());
            }
        }
        List<String> rendered = markdown();
        assertThat(String.join("\n", documented)).as("the table of docs/api.md's \"Access matrix\", which must be:\n"
                + String.join("\n", rendered)).isEqualTo(String.join("\n", rendered));
    }

    /** The matrix as docs/api.md shows it. */
    static List<String> markdown() {
        List<String> lines = new ArrayList<>();
        StringBuilder heading = new StringBuilder("| Operation | Acts on |");
        StringBuilder rule = new StringBuilder("|---|---|");
        for (Caller caller : Caller.values()) {
            heading.append(' ').append(caller.heading).append(" |");
            rule.append("---|");
        }
        lines.add(heading.toString());
        lines.add(rule.toString());
        for (Row row : MATRIX) {
            StringBuilder line = new StringBuilder("| `").append(row.method()).append(' ')
                    .append(row.path().substring("/fund/api".length())).append("` | ").append(row.target().description)
                    .append(" |");
            for (Caller caller : Caller.values()) {
                line.append(' ').append(row.expected(caller)).append(" |");
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /**
     * Company B asks for, changes and acts on company A's records by id, with bodies that would work
     * for A: every answer is a refusal that shows nothing of A, A's records read the same afterwards,
     * and B's own lists never show A's records.
     */
    @Test
    void anotherCompanyCanNeitherSeeNorChangeACompanysRecordsById() {
        Seed seed = seed();
        ApiClient a = seed.companyA().user();
        ApiClient b = seed.companyB().user();
        Map<Target, String> ids = seed.ids();
        String application = "applications/" + seed.draftApplication();
        String claim = "claims/" + seed.draftClaim();
        List<String> readsOfA = new ArrayList<>(recordsOf(seed));
        readsOfA.addAll(List.of(application + "/attachments", application + "/history", claim + "/attachments",
                claim + "/history", "payout-accounts/" + ids.get(Target.PAYOUT_ACCOUNT) + "/history",
                "notifications?size=200", "notifications/unread-count"));
        Map<String, String> before = snapshot(a, readsOfA);

        Map<String, Object> plan = Map.of("plan", FundScenario.planBody(seed.material()));
        Map<String, Object> claimBody = new LinkedHashMap<>(
                FundScenario.claimBody(Long.parseLong(ids.get(Target.APPLICATION))));
        claimBody.remove("applicationId");
        List<Attempt> attempts = new ArrayList<>(List.of(
                new Attempt("GET", "companies/" + ids.get(Target.COMPANY), null, 404),
                new Attempt("GET", application, null, 404),
                new Attempt("GET", application + "/history", null, 404),
                new Attempt("GET", application + "/eligibility", null, 404),
                new Attempt("GET", application + "/attachments", null, 404),
                new Attempt("PUT", application, plan, 404),
                new Attempt("POST", application + "/submission", Map.of(), 404),
                new Attempt("UPLOAD", application + "/attachments?filename=evidence.pdf", null, 404),
                new Attempt("GET", claim, null, 404),
                new Attempt("GET", claim + "/history", null, 404),
                new Attempt("GET", claim + "/attachments", null, 404),
                new Attempt("PUT", claim, claimBody, 404),
                new Attempt("POST", claim + "/submission", Map.of(), 404),
                new Attempt("UPLOAD", claim + "/attachments?filename=evidence.pdf", null, 404),
                new Attempt("GET", "claims/" + ids.get(Target.CLAIM), null, 404),
                new Attempt("GET", "applications/" + ids.get(Target.APPLICATION), null, 404),
                new Attempt("POST", "notifications/" + ids.get(Target.NOTIFICATION) + "/read", Map.of(), 404),
                new Attempt("GET", "payout-accounts/" + ids.get(Target.PAYOUT_ACCOUNT), null, 404),
                new Attempt("GET", "payout-accounts/" + ids.get(Target.PAYOUT_ACCOUNT) + "/history", null, 404),
                new Attempt("POST", "payout-accounts/" + ids.get(Target.PAYOUT_ACCOUNT) + "/verification", Map.of(), 403),
                new Attempt("POST", "payout-accounts/" + ids.get(Target.PAYOUT_ACCOUNT) + "/rejection",
                        Map.of("reason", "not mine"), 403),
                new Attempt("GET", "payments/" + ids.get(Target.PAYMENT), null, 403),
                new Attempt("POST", "payments/" + ids.get(Target.PAYMENT) + "/status",
                        Map.of("status", "RETURNED", "date", LocalDate.now(ZoneOffset.UTC).toString(), "reason", "x"), 403),
                new Attempt("GET", "recoveries/" + ids.get(Target.RECOVERY), null, 404),
                new Attempt("POST", "recoveries/" + ids.get(Target.RECOVERY) + "/withdrawal", Map.of(), 403),
                new Attempt("GET", "allocations/" + ids.get(Target.SCENARIO) + "/award-letter.pdf", null, 403),
                new Attempt("POST", "companies/" + ids.get(Target.COMPANY) + "/rejection", Map.of("reason", "x"), 403)));
        for (long evidence : seed.draftEvidence()) {
            attempts.add(new Attempt("GET", "attachments/" + evidence + "/content", null, 404));
        }

        String nameOfA = seed.companyA().legalName();
        for (Attempt attempt : attempts) {
            Download answer = attempt.method().equals("UPLOAD")
                    ? asDownload(b.postBytes(attempt.path(), FundScenario.pdf(), OCTET_STREAM, false))
                    : send(b, attempt.method(), attempt.path(), attempt.body());
            assertThat(answer.status()).as(attempt + ": " + answer.text()).isEqualTo(attempt.status());
            assertThat(answer.header("Content-Type")).as(attempt.toString()).startsWith(FundScenario.PROBLEM);
            assertThat(answer.text()).as(attempt + " shows nothing of A").doesNotContain(nameOfA).doesNotContain("%PDF");
        }

        assertThat(snapshot(a, readsOfA)).as("company A's records after company B's attempts").isEqualTo(before);
        for (String list : List.of("applications?size=200", "claims?size=200", "companies?size=200")) {
            JsonObject page = FundScenario.expect(b.get(list), 200).json();
            assertThat(page.getJsonArray("items").getValuesAs(JsonObject.class))
                    .as(list + " of company B").allSatisfy(item -> assertThat(item.toString()).doesNotContain(nameOfA))
                    .allSatisfy(item -> assertThat(item.getJsonNumber("companyId") == null
                            ? item.getJsonNumber("id").longValue() : item.getJsonNumber("companyId").longValue())
                            .isNotEqualTo(seed.companyA().id()));
        }
        for (String mine : List.of("payments/mine", "recoveries/mine", "payout-accounts/mine", "allocations/mine")) {
            assertThat(FundScenario.expect(b.get(mine), 200).body()).as(mine + " of company B").isEqualTo("[]");
        }
        assertThat(FundScenario.expect(b.get("notifications?size=200"), 200).json().getJsonArray("items")
                .getValuesAs(JsonObject.class)).as("company B's notifications")
                .noneMatch(n -> String.valueOf(n.getJsonNumber("id").longValue()).equals(ids.get(Target.NOTIFICATION)));
    }

    /** A request of company B's, and the status it must get. */
    private record Attempt(String method, String path, Object body, int status) {

        @Override
        public String toString() {
            return "company B's " + method + " " + path;
        }
    }

    private static Map<String, String> snapshot(ApiClient user, List<String> paths) {
        Map<String, String> bodies = new LinkedHashMap<>();
        for (String path : paths) {
            bodies.put(path, FundScenario.expect(user.get(path), 200).body());
        }
        return bodies;
    }

    private static Set<String> servedOperations() {
        Reply served = ApiClient.anonymous().get("../../openapi?format=JSON");
        assertThat(served.status()).isEqualTo(200);
        Set<String> operations = new TreeSet<>();
        served.json().getJsonObject("paths").forEach((path, item) -> item.asJsonObject().keySet().stream()
                .filter(key -> Set.of("get", "post", "put", "delete", "patch").contains(key))
                .forEach(method -> operations.add(method.toUpperCase(Locale.ROOT) + " " + path)));
        assertThat(operations).as("operations served").hasSizeGreaterThan(50);
        return operations;
    }

    /**
     * What the caller got, as the matrix writes it: 401 and 403 as such; 404 as such on A's records
     * (it is how the fund refuses another company's), an allowed answer otherwise.
     */
    private static String outcome(int status, Target target) {
        if (status == 401 || status == 403 || (status == 404 && target.real)) {
            return String.valueOf(status);
        }
        return ALLOWED;
    }

    /**
     * The matrix's request. A write gets an empty JSON object (an upload a small PDF, a bank status
     * file a line that is no status) unless the resource checks its input before the service checks
     * the caller (see {@link #REQUESTS}); then it gets input that passes the resource and that the
     * target's state refuses, so that an allowed caller writes nothing either way.
     */
    private static Download send(ApiClient client, Row row, String path, Seed seed) {
        Request request = REQUESTS.getOrDefault(row.operation(), body(Map.of()));
        String query = request.query().replace("{companyA}", seed.ids().get(Target.COMPANY));
        Object body = request.body();
        if (PLAN.equals(body)) {
            body = Map.of("plan", FundScenario.planBody(seed.material()));
        } else if (CLAIM.equals(body)) {
            Map<String, Object> claim = new LinkedHashMap<>(FundScenario.claimBody(seed.draftApplication()));
            claim.remove("applicationId");
            body = claim;
        }
        if (row.method().equals("POST") && path.endsWith("/attachments")) {
            return asDownload(client.postBytes(path + "?filename=evidence.pdf", FundScenario.pdf(), OCTET_STREAM, false));
        }
        if (row.method().equals("POST") && path.endsWith("/status-file")) {
            return asDownload(client.postRaw(path, "not,a,status,file\n", "text/csv"));
        }
        return send(client, row.method(), path + query, body);
    }

    private static Download send(ApiClient client, String method, String path, Object body) {
        return switch (method) {
            case "GET" -> client.download(path);
            case "POST" -> asDownload(client.post(path, body));
            case "PUT" -> asDownload(client.put(path, body));
            default -> throw new IllegalArgumentException(method);
        };
    }

    private static Download asDownload(Reply reply) {
        return new Download(reply.status(), reply.headers(), reply.body().getBytes(StandardCharsets.UTF_8));
    }

    private static String abbreviate(String body) {
        String oneLine = body.replaceAll("\\s+", " ");
        return oneLine.length() <= 200 ? oneLine : oneLine.substring(0, 200) + "…";
    }
}
