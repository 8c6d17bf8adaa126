package org.usrok.fund.it.api;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.usrok.fund.company.RegisterCompany;
import org.usrok.fund.it.support.ApiClient;
import org.usrok.fund.it.support.ApiClient.Reply;
import org.usrok.fund.it.support.FundDeployment;
import org.usrok.fund.it.support.TestData;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Company registration and verification through the JSON API over HTTP, as an API client sees it. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CompanyApiIT {

    private static final String PROBLEM = "application/problem+json";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return FundDeployment.application();
    }

    private static ApiClient companyUser(String country) {
        return ApiClient.newUser("api-company", "COMPANY", country);
    }

    private static ApiClient officer(String country) {
        return ApiClient.newUser("api-officer-" + country.toLowerCase(), "OFFICER_" + country, country);
    }

    private static void assertProblem(Reply reply, int status, String type) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith(PROBLEM);
        JsonObject problem = reply.json();
        assertThat(problem.getString("type")).isEqualTo("urn:fund:problem:" + type);
        assertThat(problem.getInt("status")).isEqualTo(status);
        assertThat(problem.getString("title")).isNotBlank();
        assertThat(reply.body()).doesNotContain("Exception").doesNotContain("at org.");
    }

    private static List<String> violationFields(Reply reply) {
        return reply.json().getJsonArray("violations").getValuesAs(JsonObject.class).stream()
                .map(v -> v.getString("field")).toList();
    }

    private static long countByName(String name) {
        Reply list = ApiClient.demoAdmin().get("companies?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8));
        assertThat(list.status()).isEqualTo(200);
        return list.json().getJsonNumber("total").longValue();
    }

    @Test
    void registerReturnsCreatedWithLocationAndTheCompanyCanBeRead() {
        ApiClient user = companyUser("US");
        RegisterCompany command = TestData.usCompany();

        Reply created = user.post("companies", command);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith("/fund/api/companies/" + created.id());
        assertThat(created.json().getString("status")).isEqualTo("PENDING");
        assertThat(created.json().getString("ein")).isEqualTo(command.ein());
        Reply read = user.get("companies/" + created.id());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().getString("legalName")).isEqualTo(command.legalName());
        assertThat(user.get("me").json().getJsonNumber("companyId").longValue()).isEqualTo(created.id());
    }

    @Test
    void invalidInputIsAProblemListingEachFieldInTheCallersLanguage() {
        ApiClient user = companyUser("KR");
        Map<String, Object> body = Map.of("legalName", "", "country", "KR", "brn", "124-81-00997",
                "postalCode", "1234", "contactEmail", "nope");

        Reply english = user.post("companies", body);
        assertProblem(english, 400, "validation");
        assertThat(violationFields(english)).contains("legalName", "brn", "postalCode", "contactEmail", "street",
                "city", "industrySector", "contactName");

        Reply korean = user.header("Accept-Language", "ko-KR,ko;q=0.9").post("companies", body);
        assertProblem(korean, 400, "validation");
        assertThat(korean.json().getString("detail")).isEqualTo("유효하지 않은 입력 항목이 있습니다.");
        assertThat(korean.json().getJsonArray("violations").getValuesAs(JsonObject.class))
                .anySatisfy(v -> assertThat(v.getString("message")).contains("사업자등록번호"));
    }

    @Test
    void unreadableBodiesAreClientErrorsNever5xx() {
        ApiClient user = companyUser("US");
        assertProblem(user.postRaw("companies", "{\"legalName\":", "application/json"), 400, "malformed-request");
        assertProblem(user.postRaw("companies", "{\"country\":\"JP\"}", "application/json"), 400, "malformed-request");
        assertProblem(user.postRaw("companies", "{\"legalName\":[1,2]}", "application/json"), 400, "malformed-request");
        assertProblem(user.postRaw("companies", "{\"legalname\":\"typo\"}", "application/json"), 400, "malformed-request");
        assertProblem(user.postRaw("companies", "[]", "application/json"), 400, "malformed-request");
        assertProblem(user.postRaw("companies", "x", "text/plain"), 415, "unsupported-media-type");
        String huge = "{\"legalName\":\"" + "a".repeat(2 * 1024 * 1024) + "\"}";
        assertProblem(user.postRaw("companies", huge, "application/json"), 413, "payload-too-large");
        String longName = "{\"legalName\":\"" + "a".repeat(5000) + "\"}";
        Reply tooLong = user.postRaw("companies", longName, "application/json");
        assertProblem(tooLong, 400, "validation");
        assertThat(violationFields(tooLong)).contains("legalName");
        assertThat(user.get("me").json().containsKey("companyId")).isFalse();
    }

    @Test
    void badQueryParametersAre400() {
        ApiClient officer = officer("US");
        assertProblem(officer.get("companies?country=JP"), 400, "bad-request");
        assertProblem(officer.get("companies?size=0"), 400, "bad-request");
        assertProblem(officer.get("companies?size=201"), 400, "bad-request");
        assertProblem(officer.get("companies?page=abc"), 400, "bad-request");
        assertProblem(officer.get("companies?sort=secret"), 400, "bad-request");
        assertProblem(officer.get("companies/987654321"), 404, "not-found");
        Reply page = officer.get("companies?size=1&status=VERIFIED&country=US");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.json().getInt("size")).isEqualTo(1);
        assertThat(page.json().getJsonArray("items").size()).isLessThanOrEqualTo(1);
    }

    private static String newAuditorAccount(String password) {
        String username = "api-auditor." + TestData.suffix();
        Reply created = ApiClient.demoAdmin().post("users", Map.of("username", username, "password", password,
                "displayName", "Auditor", "email", username + "@example.test", "roles", List.of("AUDITOR")));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return username;
    }

    @Test
    void missingOrWrongCredentialsAre401WithAChallenge() {
        Reply anonymous = ApiClient.anonymous().get("companies");
        assertProblem(anonymous, 401, "unauthenticated");
        assertThat(anonymous.header("WWW-Authenticate")).startsWith("Basic");
        String username = newAuditorAccount("right-password-123");
        Reply wrong = ApiClient.as(username, "wrong-password").get("companies");
        assertProblem(wrong, 401, "unauthenticated");
        assertThat(wrong.json().getString("detail")).contains("not accepted");
        assertProblem(ApiClient.anonymous().header("Authorization", "Basic !!!").get("me"), 401, "unauthenticated");
        assertThat(ApiClient.as(username.toUpperCase(java.util.Locale.ROOT), "right-password-123").get("me").status())
                .isEqualTo(200);
    }

    @Test
    void repeatedWrongPasswordsLockTheUsernameEvenForTheRightOne() {
        String username = newAuditorAccount("right-password-456");
        for (int attempt = 0; attempt < 5; attempt++) {
            assertProblem(ApiClient.as(username, "guess-" + attempt).get("me"), 401, "unauthenticated");
        }
        Reply locked = ApiClient.as(username, "right-password-456").get("me");
        assertProblem(locked, 429, "sign-in-locked");
    }

    @Test
    void aRetryWithTheSameKeyReturnsTheFirstResponseAndCreatesNothing() {
        ApiClient user = companyUser("US").header("Idempotency-Key", UUID.randomUUID().toString());
        RegisterCompany command = TestData.usCompany();

        Reply first = user.post("companies", command);
        Reply retry = user.post("companies", command);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.id()).isEqualTo(first.id());
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(countByName(command.legalName())).isEqualTo(1);

        assertProblem(user.post("companies", TestData.usCompany()), 422, "idempotency-key-reused");
    }

    @Test
    void aConcurrentBurstWithOneKeyCreatesExactlyOneCompany()
            throws InterruptedException, ExecutionException, TimeoutException {
        ApiClient user = companyUser("KR").header("Idempotency-Key", "burst-" + UUID.randomUUID());
        RegisterCompany command = TestData.krCompany();
        int threads = 20;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Reply>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return user.post("companies", command);
                }));
            }
            start.countDown();
            List<Reply> replies = new ArrayList<>();
            for (Future<Reply> future : futures) {
                replies.add(future.get(120, TimeUnit.SECONDS));
            }

            assertThat(replies).allSatisfy(r -> assertThat(r.status()).as(r.body()).isEqualTo(201));
            assertThat(replies).extracting(Reply::id).containsOnly(replies.get(0).id());
            assertThat(replies).filteredOn(r -> r.header("Idempotent-Replayed") == null).hasSize(1);
            assertThat(countByName(command.legalName())).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aDuplicateIdentifierIsAConflictOnThatField() {
        RegisterCompany first = TestData.krCompany();
        assertThat(companyUser("KR").post("companies", first).status()).isEqualTo(201);
        RegisterCompany other = TestData.krCompany();
        RegisterCompany duplicate = new RegisterCompany(other.legalName(), other.country(), null, null,
                first.brn().replace("-", ""), other.street(), other.city(), null, other.postalCode(),
                other.industrySector(), other.contactName(), other.contactEmail());

        Reply conflict = companyUser("KR").post("companies", duplicate);

        assertProblem(conflict, 409, "identifier-already-registered");
        assertThat(violationFields(conflict)).containsExactly("brn");
        assertThat(countByName(other.legalName())).isZero();
    }

    @Test
    void onlyAnOfficerOfTheCompanysCountryVerifies() {
        long id = companyUser("US").post("companies", TestData.usCompany()).id();

        assertProblem(officer("KR").post("companies/" + id + "/verification", Map.of()), 403, "own-country-only");
        assertProblem(companyUser("US").post("companies/" + id + "/verification", Map.of()), 403, "forbidden");
        Reply verified = officer("US").post("companies/" + id + "/verification", Map.of("expectedVersion", 0));
        assertThat(verified.status()).as(verified.body()).isEqualTo(200);
        assertThat(verified.json().getString("status")).isEqualTo("VERIFIED");
        assertProblem(officer("US").post("companies/" + id + "/verification", null), 409, "state-transition-refused");

        Reply history = ApiClient.demoAdmin().get("audit?entityType=Company&entityId=" + id);
        assertThat(history.json().getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(e -> ((JsonString) e.get("action")).getString())
                .containsExactly("COMPANY_REGISTERED", "COMPANY_VERIFIED");
    }

    @Test
    void aRejectionWithoutReasonIsRefusedAndWithReasonIsShownToTheCompany() {
        ApiClient user = companyUser("KR");
        long id = user.post("companies", TestData.krCompany()).id();
        ApiClient officer = officer("KR");

        Reply noReason = officer.post("companies/" + id + "/rejection", Map.of());
        assertProblem(noReason, 400, "validation");
        assertThat(violationFields(noReason)).containsExactly("reason");
        Reply rejected = officer.post("companies/" + id + "/rejection", Map.of("reason", "사업자등록번호 불일치"));
        assertThat(rejected.status()).isEqualTo(200);
        JsonObject seen = user.get("companies/" + id).json();
        assertThat(seen.getString("status")).isEqualTo("REJECTED");
        assertThat(seen.getJsonObject("decision").getString("reason")).isEqualTo("사업자등록번호 불일치");
    }

    @Test
    void theServerPublishesTheApisOpenApiDocument() throws IOException, InterruptedException {
        var http = java.net.http.HttpClient.newHttpClient();
        var request = java.net.http.HttpRequest.newBuilder(ApiClient.baseUrl().resolve("/openapi?format=JSON")).build();
        var response = http.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject paths = jakarta.json.Json.createReader(new java.io.StringReader(response.body())).readObject()
                .getJsonObject("paths");
        assertThat(paths.keySet()).contains("/fund/api/companies", "/fund/api/companies/{id}/verification",
                "/fund/api/users", "/fund/api/me");
    }

    @Test
    void usersAreCreatedOnlyByAdministrators() {
        ApiClient user = companyUser("US");
        Reply refused = user.post("users", Map.of("username", "x." + TestData.suffix(), "password", "long-enough-pass",
                "displayName", "X", "email", "x@example.test", "roles", List.of("ADMIN")));
        assertProblem(refused, 403, "forbidden");
        Reply weak = ApiClient.demoAdmin().post("users", Map.of("username", "y." + TestData.suffix(), "password", "short",
                "displayName", "Y", "email", "y@example.test", "roles", List.of("AUDITOR")));
        assertProblem(weak, 400, "validation");
        assertThat(violationFields(weak)).containsExactly("password");

        String username = "z." + TestData.suffix();
        Reply created = ApiClient.demoAdmin().post("users", Map.of("username", username, "password", "long-enough-pass",
                "displayName", "Z", "email", "z@example.test", "roles", List.of("AUDITOR")));
        assertThat(created.status()).isEqualTo(201);
        Reply read = ApiClient.demoAdmin().get("users/" + created.id());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().getString("username")).isEqualTo(username);
        assertThat(read.body()).doesNotContain("password");
        assertThat(created.header("Location")).endsWith("/fund/api/users/" + created.id());
    }
}
