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

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The ledger's read API over HTTP: auditors and officers read it (balances as of a date too), companies and administrators do not. */
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
        for (JsonObject a : accounts) {
            JsonObject balance = a.getJsonObject("balance");
            assertThat(balance.getString("currency")).as(a.toString()).isEqualTo(a.getString("currency"));
            net.merge(balance.getString("currency"), new BigDecimal(balance.getString("amount")), BigDecimal::add);
        }
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
        for (JsonObject entry : page.json().getJsonArray("items").getValuesAs(JsonObject.class)) {
            assertThat(entry.getJsonArray("lines").getValuesAs(JsonObject.class)).as(entry.toString())
                    .isNotEmpty()
                    .allSatisfy(line -> {
                        assertThat(line.getString("side")).isIn("DEBIT", "CREDIT");
                        assertThat(line.getJsonObject("amount").getString("currency")).isIn("USD", "KRW");
                        assertThat(new BigDecimal(line.getJsonObject("amount").getString("amount"))).isPositive();
                    });
        }
        Reply missing = officer.get("ledger/entries/987654321");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");
    }

    @Test
    void theReconciliationListsTotalsPerKindAndDifferencesAndOnlyLedgerReadersRunIt() {
        Reply reply = ApiClient.as("auditor", ApiClient.DEMO_PASSWORD).get("ledger/reconciliation");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonObject run = reply.json();
        assertThat(run.keySet()).containsExactlyInAnyOrder("ranAt", "ranBy", "clean", "kinds", "differences");
        assertThat(run.getString("ranBy")).isEqualTo("auditor");
        assertThat(java.time.Instant.parse(run.getString("ranAt"))).isNotNull();
        var kinds = run.getJsonArray("kinds").getValuesAs(JsonObject.class);
        assertThat(kinds).extracting(k -> k.getString("kind")).containsExactly("CONTRIBUTION_RECEIPT",
                "ALLOCATION_COMMITMENT", "PAYMENT", "PAYMENT_RETURN", "RECOVERY_RECEIVABLE", "RECOVERY_RECEIPT");
        assertThat(kinds).allSatisfy(k -> assertThat(k.keySet())
                .containsExactlyInAnyOrder("kind", "records", "entries", "differences"));
        assertThat(kinds.get(0).getJsonNumber("records").longValue()).as("the demo's receipts").isPositive();
        var differences = run.getJsonArray("differences").getValuesAs(JsonObject.class);
        assertThat(run.getBoolean("clean")).as(reply.body()).isEqualTo(differences.isEmpty());
        assertThat(differences).allSatisfy(d -> assertThat(d.keySet()).contains("kind", "sequence", "field",
                "expected", "found"));
        assertThat(ApiClient.as("kr.officer1", ApiClient.DEMO_PASSWORD).get("ledger/reconciliation").status())
                .isEqualTo(200);
        for (String caller : List.of("us.company", "admin")) {
            Reply refused = ApiClient.as(caller, ApiClient.DEMO_PASSWORD).get("ledger/reconciliation");
            assertThat(refused.status()).as(caller).isEqualTo(403);
            assertThat(refused.json().getString("type")).isEqualTo("urn:fund:problem:forbidden");
        }
    }

    @Test
    void companiesDoNotReadTheFundsLedger() {
        Reply refused = ApiClient.as("us.company", ApiClient.DEMO_PASSWORD).get("ledger/trial-balance");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().getString("type")).isEqualTo("urn:fund:problem:forbidden");
        for (String caller : List.of("us.company", "admin")) {
            Reply balances = ApiClient.as(caller, ApiClient.DEMO_PASSWORD).get("ledger/balances");
            assertThat(balances.status()).as(caller).isEqualTo(403);
        }
    }

    @Test
    void balancesListEveryAccountWithExactTotalsInItsCurrencyNettingToZero() {
        Reply reply = ApiClient.as("auditor", ApiClient.DEMO_PASSWORD).get("ledger/balances");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().containsKey("asOf")).isFalse();
        var accounts = reply.json().getJsonArray("accounts").getValuesAs(JsonObject.class);
        assertThat(accounts).extracting(a -> a.getString("account")).contains("1100-USD", "1110-KRW", "1200-USD",
                "1200-KRW", "2100-USD", "3110-KRW", "5200-KRW");
        Map<String, BigDecimal> net = new TreeMap<>();
        for (JsonObject a : accounts) {
            String digits = a.getString("currency").equals("USD") ? "-?[0-9]+\\.[0-9]{2}" : "-?[0-9]+";
            List<JsonObject> amounts = List.of(a.getJsonObject("debits"), a.getJsonObject("credits"),
                    a.getJsonObject("balance"));
            assertThat(amounts).as(a.toString()).allMatch(money -> money.getString("amount").matches(digits)
                    && money.getString("currency").equals(a.getString("currency")));
            BigDecimal balance = amount(a, "balance");
            assertThat(balance).isEqualTo(amount(a, "debits").subtract(amount(a, "credits")));
            assertThat(a.getString("nameEn")).isNotBlank();
            assertThat(a.getString("nameKo")).isNotBlank();
            net.merge(a.getString("currency"), balance, BigDecimal::add);
        }
        assertThat(net.values()).allSatisfy(v -> assertThat(v).isZero());
    }

    @Test
    void balancesAsOfADateBeforeAnyEntryAreZeroAndABadDateIsAProblem() {
        ApiClient officer = ApiClient.as("us.officer2", ApiClient.DEMO_PASSWORD);

        Reply early = officer.get("ledger/balances?asOf=1900-01-01");
        assertThat(early.status()).as(early.body()).isEqualTo(200);
        assertThat(early.json().getString("asOf")).isEqualTo("1900-01-01");
        assertThat(early.json().getJsonArray("accounts").getValuesAs(JsonObject.class))
                .allSatisfy(a -> assertThat(amount(a, "debits").signum() + amount(a, "credits").signum()).isZero());

        Reply bad = officer.get("ledger/balances?asOf=2026-02-30");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(bad.json().getString("detail")).contains("'asOf'");
    }

    @Test
    void everyExportIsAuditedWithWhoExportedItAndItsHeadHash() throws IOException {
        ApiClient auditor = ApiClient.newUser("api-auditor", "AUDITOR", null);
        ApiClient.Download bundle = auditor.download("ledger/export", "application/zip");
        assertThat(bundle.status()).isEqualTo(200);
        String headHash = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bundle.body()))) {
            for (ZipEntry file = zip.getNextEntry(); file != null; file = zip.getNextEntry()) {
                if (file.getName().equals("manifest.txt")) {
                    headHash = new String(zip.readAllBytes(), StandardCharsets.UTF_8).lines()
                            .filter(line -> line.startsWith("head-hash: ")).findFirst().orElseThrow().substring(11);
                }
            }
        }
        assertThat(headHash).matches("[0-9a-f]{64}");

        Reply audit = ApiClient.as("auditor", ApiClient.DEMO_PASSWORD)
                .get("audit/records?action=LEDGER_EXPORTED&actor=" + auditor.username());
        assertThat(audit.status()).as(audit.body()).isEqualTo(200);
        assertThat(audit.json().getJsonNumber("total").longValue()).isEqualTo(1);
        JsonObject record = audit.json().getJsonArray("items").getJsonObject(0);
        assertThat(record.getString("actor")).isEqualTo(auditor.username());
        assertThat(record.getString("entityType")).isEqualTo("LedgerExport");
        assertThat(record.getString("entityId")).isEqualTo(headHash);
        assertThat(record.getString("after")).contains(headHash);
    }

    private static BigDecimal amount(JsonObject account, String money) {
        return new BigDecimal(account.getJsonObject(money).getString("amount"));
    }
}
