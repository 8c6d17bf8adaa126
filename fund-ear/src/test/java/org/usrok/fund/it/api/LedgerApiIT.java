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

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The ledger's read API over HTTP: auditors and officers read it, companies do not. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LedgerApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return FundDeployment.application();
    }

    @Test
    void auditorsReadTheTrialBalanceWhichNetsToZeroPerCurrency() {
        Reply reply = ApiClient.as("auditor", ApiClient.DEMO_PASSWORD).get("ledger/trial-balance");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        var accounts = jakarta.json.Json.createReader(new StringReader(reply.body())).readArray()
                .getValuesAs(JsonObject.class);
        assertThat(accounts).extracting(a -> a.getString("account")).contains("1100-USD", "1110-KRW", "1200-USD",
                "1200-KRW", "2100-USD", "2200-KRW", "3100-USD", "3110-KRW");
        Map<String, BigDecimal> net = new TreeMap<>();
        accounts.forEach(a -> net.merge(a.getString("currency"), new BigDecimal(a.getString("debitMinusCredit")),
                BigDecimal::add));
        assertThat(net.values()).allSatisfy(v -> assertThat(v).isZero());
    }

    @Test
    void theChainVerifiesAndTheJournalPages() {
        ApiClient officer = ApiClient.as("kr.officer1", ApiClient.DEMO_PASSWORD);

        Reply verification = officer.get("ledger/verification");
        assertThat(verification.status()).isEqualTo(200);
        assertThat(verification.json().getBoolean("ok")).as(verification.body()).isTrue();
        Reply page = officer.get("ledger/entries?size=5");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.json().getJsonNumber("total").longValue())
                .isEqualTo(verification.json().getJsonNumber("entries").longValue());
        assertThat(page.json().getJsonArray("items").size()).isLessThanOrEqualTo(5);
        Reply missing = officer.get("ledger/entries/987654321");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");
    }

    @Test
    void companiesDoNotReadTheFundsLedger() {
        Reply refused = ApiClient.as("us.company", ApiClient.DEMO_PASSWORD).get("ledger/trial-balance");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().getString("type")).isEqualTo("urn:fund:problem:forbidden");
    }
}
