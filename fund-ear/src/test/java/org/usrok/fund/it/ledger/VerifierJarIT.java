package org.usrok.fund.it.ledger;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
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
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The verifier as the server offers it: an auditor reads its version and SHA-256 from
 * {@code GET /ledger/verifier}, downloads the jar from the link given, finds the same SHA-256,
 * and runs it, {@code java -jar fund-ledger-verifier-<version>.jar bundle.zip} with nothing else
 * on the class path, on a bundle the server just exported: exit 0 and the OK line. The test
 * opens a round (its pledges are journal entries) and records a rate first, so the bundle holds
 * data of its own. The jar and bundle are kept under {@code fund-ear/target/verifier-jar/}.
 * The same jar then checks a later export against what an auditor keeps from the earlier one: the
 * fund's published key ({@code --public-key}, the API's PEM), the earlier head
 * ({@code --anchor SEQ:HASH}), the earlier bundle ({@code --anchor-bundle}) and the earlier
 * export's checkpoint file ({@code --anchor-checkpoint}, downloaded from
 * {@code GET /ledger/checkpoints/{id}/file}); an anchor with another hash exits 1.
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

    private static JarRun runJar(Path jar, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", jar.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("the verifier finished").isTrue();
        return new JarRun(process.exitValue(), output);
    }

    private record JarRun(int exit, String output) {
    }

    /** The manifest's {@code last-sequence} and {@code head-hash}, as {@code SEQ:HASH}. */
    private static String head(Path bundle) throws IOException {
        try (ZipFile zip = new ZipFile(bundle.toFile())) {
            String manifest = new String(zip.getInputStream(zip.getEntry("manifest.txt")).readAllBytes(),
                    StandardCharsets.UTF_8);
            Matcher last = Pattern.compile("(?m)^last-sequence: ([0-9]+)$").matcher(manifest);
            Matcher hash = Pattern.compile("(?m)^head-hash: ([0-9a-f]{64})$").matcher(manifest);
            assertThat(manifest).startsWith("format: fund-ledger-bundle-v4\n");
            assertThat(last.find() && hash.find()).as(manifest).isTrue();
            return last.group(1) + ":" + hash.group(1);
        }
    }

    @Test
    void theJarChecksALaterExportAgainstThePublishedKeyAndTheAnchorsOfAnEarlierOne()
            throws IOException, InterruptedException {
        seedEntriesAndARate();
        ApiClient auditor = ApiClient.as("auditor", ApiClient.DEMO_PASSWORD);
        Path dir = dir();
        Path jar = Files.write(dir.resolve("fund-ledger-verifier.jar"),
                auditor.download("ledger/verifier/jar", "application/java-archive").body());
        Reply key = auditor.get("ledger/checkpoints/public-key");
        assertThat(key.status()).as(key.body()).isEqualTo(200);
        Path pem = Files.writeString(dir.resolve("fund-checkpoint.pem"), key.json().getString("pem"));

        Download first = auditor.download("ledger/export", "application/zip");
        assertThat(first.status()).as(first.text()).isEqualTo(200);
        Path earlier = Files.write(dir.resolve("earlier.zip"), first.body());
        String earlierHead = head(earlier);
        long earlierSequence = Long.parseLong(earlierHead.substring(0, earlierHead.indexOf(':')));
        Reply list = auditor.get("ledger/checkpoints");
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        JsonObject exportCheckpoint;
        try (JsonReader reader = Json.createReader(new StringReader(list.body()))) {
            exportCheckpoint = reader.readArray().getValuesAs(JsonObject.class).stream()
                    .filter(c -> c.getJsonNumber("sequence").longValue() == earlierSequence
                            && c.getString("reason").equals("EXPORT")
                            && earlierHead.endsWith(":" + c.getString("headHash")))
                    .findFirst().orElseThrow();
        }
        Download file = auditor.download("ledger/checkpoints/" + exportCheckpoint.getJsonNumber("id") + "/file",
                "text/plain");
        assertThat(file.status()).as(file.text()).isEqualTo(200);
        assertThat(file.text()).startsWith(exportCheckpoint.getString("signedText"))
                .endsWith("signature=" + exportCheckpoint.getString("signature") + "\n");
        Path checkpoint = Files.write(dir.resolve(fileName(file)), file.body());

        FundScenario.openRound();
        Download second = auditor.download("ledger/export", "application/zip");
        assertThat(second.status()).as(second.text()).isEqualTo(200);
        Path later = Files.write(dir.resolve("later.zip"), second.body());

        JarRun anchored = runJar(jar, "--public-key", pem.toString(), "--anchor", earlierHead, "--anchor-bundle",
                earlier.toString(), "--anchor-checkpoint", checkpoint.toString(), later.toString());
        String wrongHash = earlierHead.substring(0, earlierHead.indexOf(':') + 1)
                + (earlierHead.endsWith("0") ? "1" : "0").repeat(64);
        JarRun rewritten = runJar(jar, "--public-key", pem.toString(), "--anchor", wrongHash, later.toString());

        assertThat(anchored.output()).startsWith("OK: ")
                .contains("key " + key.json().getString("keyId") + " (pinned with --public-key)")
                .contains("anchor: the journal extends --anchor " + earlierHead)
                .contains("anchor: the journal extends the head of " + earlier)
                .contains("anchor: the journal extends the checkpoint in " + checkpoint);
        assertThat(anchored.exit()).as(anchored.output()).isZero();
        assertThat(rewritten.output()).contains("BAD: --anchor " + wrongHash + ", entry " + earlierSequence
                + ": journal.csv's entry " + earlierSequence + " has hash ");
        assertThat(rewritten.exit()).as(rewritten.output()).isEqualTo(1);
    }

    @Test
    void aCheckpointFileOfAnUnknownIdOrForACompanyIsAProblem() {
        Download unknown = ApiClient.as("auditor", ApiClient.DEMO_PASSWORD).download(
                "ledger/checkpoints/" + Long.MAX_VALUE + "/file", "text/plain, application/problem+json");
        assertThat(unknown.status()).as(unknown.text()).isEqualTo(404);
        assertThat(unknown.header("Content-Type")).startsWith(FundScenario.PROBLEM);

        Download company = FundScenario.companyUser("US").download("ledger/checkpoints/1/file",
                "text/plain, application/problem+json");
        assertThat(company.status()).as(company.text()).isEqualTo(403);
        assertThat(company.header("Content-Type")).startsWith(FundScenario.PROBLEM);
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
