package org.usrok.fund.it.ledger;

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

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The verifier as the server offers it: an auditor reads its version and SHA-256 from
 * {@code GET /ledger/verifier}, downloads the jar from the link given, finds the same SHA-256,
 * and runs it, {@code java -jar fund-ledger-verifier-<version>.jar bundle.zip} with nothing else
 * on the class path, on a bundle the server just exported: exit 0 and the OK line. The test
 * opens a round (its pledges are journal entries) and records a rate first, so the bundle holds
 * data of its own. The jar and bundle are kept under {@code fund-ear/target/verifier-jar/}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class VerifierJarIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return FundDeployment.application();
    }

    private static Path dir() throws IOException {
        return Files.createDirectories(Path.of("target", "verifier-jar", UUID.randomUUID().toString()));
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static String fileName(Download download) {
        String disposition = download.header("Content-Disposition");
        return disposition.substring(disposition.indexOf('"') + 1, disposition.lastIndexOf('"'));
    }

    private static void seedEntriesAndARate() {
        FundScenario.openRound();
        Map<String, Object> rate = new LinkedHashMap<>();
        LocalDate day = LocalDate.of(1100, 1, 1).plusDays(new SecureRandom().nextInt(300_000));
        rate.put("base", "USD");
        rate.put("quote", "KRW");
        rate.put("rate", new BigDecimal("1391.35").toPlainString());
        rate.put("effectiveOn", day.toString());
        rate.put("source", "BILATERAL_AGREEMENT");
        rate.put("sourceReference", "VerifierJarIT " + day);
        FundScenario.expect(FundScenario.officer("KR").header("Idempotency-Key", UUID.randomUUID().toString())
                .post("exchange-rates", rate), 201);
    }

    @Test
    void theDownloadedJarHasTheAnnouncedHashAndVerifiesAnExportedBundle()
            throws IOException, NoSuchAlgorithmException, InterruptedException {
        seedEntriesAndARate();
        ApiClient auditor = ApiClient.as("auditor", ApiClient.DEMO_PASSWORD);
        Path dir = dir();

        Reply info = auditor.get("ledger/verifier");
        assertThat(info.status()).as(info.body()).isEqualTo(200);
        JsonObject verifier = info.json();
        String version = verifier.getString("version");
        assertThat(version).isNotBlank().isNotEqualTo("unknown");
        assertThat(verifier.getString("sha256")).matches("[0-9a-f]{64}");
        assertThat(verifier.getString("fileName")).isEqualTo("fund-ledger-verifier-" + version + ".jar");
        String link = verifier.getString("download");
        assertThat(link).endsWith("/api/ledger/verifier/jar");
        String path = link.substring(link.indexOf("/api/") + "/api/".length());

        Download jar = auditor.download(path, "application/java-archive");
        assertThat(jar.status()).as(jar.text()).isEqualTo(200);
        assertThat(jar.header("Content-Type")).startsWith("application/java-archive");
        assertThat(fileName(jar)).isEqualTo(verifier.getString("fileName"));
        assertThat((long) jar.body().length).isEqualTo(verifier.getJsonNumber("size").longValue());
        assertThat(sha256(jar.body())).isEqualTo(verifier.getString("sha256"));
        Path jarFile = Files.write(dir.resolve(fileName(jar)), jar.body());

        Download export = auditor.download("ledger/export", "application/zip");
        assertThat(export.status()).as(export.text()).isEqualTo(200);
        Path bundle = Files.write(dir.resolve(fileName(export)), export.body());

        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jarFile.toString(), bundle.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("the verifier finished").isTrue();
        assertThat(output).startsWith("OK: ").contains(" entries, head ");
        assertThat(process.exitValue()).as(output).isZero();

        Process versionRun = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jarFile.toString(), "--version").redirectErrorStream(true).start();
        String printed = new String(versionRun.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(versionRun.waitFor(1, TimeUnit.MINUTES)).isTrue();
        assertThat(printed).startsWith("fund-ledger-verifier " + version + " (commit "
                + verifier.getString("commit") + ")");
        assertThat(versionRun.exitValue()).isZero();
    }

    @Test
    void everySignedInUserMayReadTheVerifierButNotAnonymously() {
        Reply company = FundScenario.companyUser("KR").get("ledger/verifier");
        assertThat(company.status()).as(company.body()).isEqualTo(200);

        Reply anonymous = ApiClient.anonymous().get("ledger/verifier");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith(FundScenario.PROBLEM);
    }
}
