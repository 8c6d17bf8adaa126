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
import org.usrok.fund.it.support.TestData;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit trail search over HTTP ({@code GET /api/audit/records}): filters, newest first,
 * paging, the half-open time range, bad values as 400 problems naming the parameter, and who
 * may call it. The records are made by creating accounts as the demo administrator, so each test
 * knows the entity ids it looks for.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditApiIT {

    private static final String PROBLEM = "application/problem+json";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return FundDeployment.application();
    }

    private static ApiClient auditor() {
        return ApiClient.as("auditor", ApiClient.DEMO_PASSWORD);
    }

    /** Creates an account as the demo administrator (one USER_CREATED record) and returns its id. */
    private static long newAccount() {
        String username = "audit-api." + TestData.suffix();
        Reply created = ApiClient.demoAdmin().post("users", Map.of("username", username,
                "password", "http-test-password", "displayName", "Test " + username,
                "email", username + "@example.test", "roles", Set.of("AUDITOR")));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.id();
    }

    private static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static List<JsonObject> items(Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private static void assertBadParameter(Reply reply, String parameter) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith(PROBLEM);
        assertThat(reply.json().getString("type")).isEqualTo("urn:fund:problem:bad-request");
        assertThat(reply.json().getString("detail")).contains("'" + parameter + "'");
    }

    @Test
    void findsOneEntitysRecordsAndEachFilterNarrowsTheSearch() {
        long id = newAccount();

        List<JsonObject> found = items(auditor().get("audit/records?entityType=UserAccount&entityId=" + id));

        assertThat(found).singleElement().satisfies(r -> {
            assertThat(r.getString("action")).isEqualTo("USER_CREATED");
            assertThat(r.getString("actor")).isEqualTo("admin");
            assertThat(r.getString("entityId")).isEqualTo(String.valueOf(id));
            assertThat(r.containsKey("before")).isFalse();
            assertThat(r.getString("after")).contains("audit-api.");
        });
        assertThat(items(auditor().get("audit/records?actor=admin&action=USER_CREATED&entityType=UserAccount"
                + "&entityId=" + id))).hasSize(1);
        assertThat(items(auditor().get("audit/records?actor=auditor&entityType=UserAccount&entityId=" + id))).isEmpty();
        assertThat(items(auditor().get("audit/records?action=COMPANY_VERIFIED&entityType=UserAccount&entityId=" + id)))
                .isEmpty();
        Reply history = auditor().get("audit?entityType=UserAccount&entityId=" + id);
        assertThat(items(history)).hasSize(1);
    }

    @Test
    void newestFirstInStablePagesWithinAHalfOpenTimeRange() {
        long first = newAccount();
        String since = items(auditor().get("audit/records?entityType=UserAccount&entityId=" + first)).get(0)
                .getString("occurredAt");
        long second = newAccount();
        long third = newAccount();
        String query = "audit/records?actor=admin&entityType=UserAccount&from=" + q(since);

        List<String> ids = new ArrayList<>();
        for (int page = 0; page < 2; page++) {
            Reply reply = auditor().get(query + "&size=2&page=" + page);
            assertThat(reply.json().getJsonNumber("total").longValue()).isEqualTo(3);
            items(reply).forEach(r -> ids.add(r.getString("entityId")));
        }
        assertThat(ids).containsExactly(String.valueOf(third), String.valueOf(second), String.valueOf(first));

        String until = items(auditor().get("audit/records?entityType=UserAccount&entityId=" + third)).get(0)
                .getString("occurredAt");
        assertThat(items(auditor().get(query + "&to=" + q(until)))).extracting(r -> r.getString("entityId"))
                .containsExactly(String.valueOf(second), String.valueOf(first));
        assertThat(Instant.parse(until)).isAfter(Instant.parse(since));
    }

    @Test
    void badValuesAreProblemsNamingTheParameter() {
        assertBadParameter(auditor().get("audit/records?from=yesterday"), "from");
        assertBadParameter(auditor().get("audit/records?to=2026-11-28"), "to");
        assertBadParameter(auditor().get("audit/records?from=2026-11-28T10:00:00Z&to=2026-11-28T09:00:00Z"), "to");
        assertBadParameter(auditor().get("audit/records?from=2026-11-28T10:00:00Z&to=2026-11-28T10:00:00Z"), "to");
        assertBadParameter(auditor().get("audit/records?actor=" + "a".repeat(65)), "actor");
        assertBadParameter(auditor().get("audit/records?size=201"), "size");
        assertBadParameter(auditor().get("audit/records?page=-1"), "page");
    }

    @Test
    void auditorsOfficersAndAdministratorsReadCompaniesDoNot() {
        assertThat(items(auditor().get("audit/records?size=1"))).hasSize(1);
        assertThat(items(ApiClient.as("kr.officer1", ApiClient.DEMO_PASSWORD).get("audit/records?size=1"))).hasSize(1);
        assertThat(items(ApiClient.demoAdmin().get("audit/records?size=1"))).hasSize(1);

        Reply refused = ApiClient.as("us.company", ApiClient.DEMO_PASSWORD).get("audit/records");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().getString("type")).isEqualTo("urn:fund:problem:forbidden");
        assertThat(ApiClient.anonymous().get("audit/records").status()).isEqualTo(401);
    }
}
