package org.usrok.fund.it.ledger;

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

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two funders countersign a checkpoint over HTTP: one U.S. and one ROK officer, each an
 * audited act with who and when. The same officer again, or a second officer of a government that
 * has countersigned, is refused with 409 {@code checkpoint-already-countersigned}; an auditor or a
 * company user with 403. The list tells each viewer whether they may countersign.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CountersignCheckpointIT {

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

    @Test
    void oneOfficerOfEachGovernmentCountersignsOnce() {
        ApiClient auditor = ApiClient.as("auditor", ApiClient.DEMO_PASSWORD);
        long id = FundScenario.expect(auditor.post("ledger/checkpoints", Map.of()), 201).id();
        String path = "ledger/checkpoints/" + id + "/countersignatures";
        ApiClient us = FundScenario.officer("US");
        ApiClient secondUs = FundScenario.officer("US");
        ApiClient kr = FundScenario.officer("KR");

        Reply first = us.post(path, Map.of());
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        JsonObject usSignature = first.json().getJsonArray("countersignatures").getJsonObject(0);
        assertThat(usSignature.getString("government")).isEqualTo("US");
        assertThat(usSignature.getString("officer")).isEqualTo(us.username());
        assertThat(usSignature.getString("countersignedAt")).isNotBlank();
        assertThat(first.json().getBoolean("mayCountersign")).isFalse();

        assertProblem(us.post(path, Map.of()), 409, "checkpoint-already-countersigned");
        assertThat(secondUs.get("ledger/checkpoints/" + id).json().getBoolean("mayCountersign")).isFalse();
        Reply refused = secondUs.header("Accept-Language", "en").post(path, Map.of());
        assertProblem(refused, 409, "checkpoint-already-countersigned");
        assertThat(refused.json().getString("detail")).contains(us.username()).contains("U.S. government");
        assertProblem(auditor.post(path, Map.of()), 403, "forbidden");
        assertProblem(FundScenario.companyUser("KR").post(path, Map.of()), 403, "forbidden");
        assertThat(kr.get("ledger/checkpoints/" + id).json().getBoolean("mayCountersign")).isTrue();

        Reply second = kr.post(path, Map.of());
        assertThat(second.status()).as(second.body()).isEqualTo(200);
        assertThat(second.json().getJsonArray("countersignatures")).hasSize(2)
                .extracting(v -> v.asJsonObject().getString("government")).containsExactly("US", "KR");
        assertProblem(FundScenario.officer("KR").post(path, Map.of()), 409, "checkpoint-already-countersigned");
        assertProblem(kr.post("ledger/checkpoints/987654321/countersignatures", Map.of()), 404, "not-found");

        Reply trail = auditor.get("audit/records?entityType=LedgerCheckpoint&entityId=" + id
                + "&action=CHECKPOINT_COUNTERSIGNED");
        assertThat(trail.status()).as(trail.body()).isEqualTo(200);
        assertThat(trail.json().getJsonArray("items")).extracting(v -> v.asJsonObject().getString("actor"))
                .containsExactlyInAnyOrder(us.username(), kr.username());
    }
}
