package org.usrok.fund.it.ledger;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.transaction.NotSupportedException;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.usrok.fund.it.support.Actors;
import org.usrok.fund.it.support.ApiClient;
import org.usrok.fund.it.support.ApiClient.Download;
import org.usrok.fund.it.support.ApiClient.Reply;
import org.usrok.fund.it.support.FundScenario;
import org.usrok.fund.it.support.FundDeployment;
import org.usrok.fund.it.support.TestData;
import org.usrok.fund.ledger.JournalEntryRecord;
import org.usrok.fund.ledger.LedgerService;
import org.usrok.fund.ledger.checkpoint.CheckpointService;
import org.usrok.fund.security.UserAccountService;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.PageRequest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every export records a checkpoint of exactly the head it handed out, signed by the fund; an
 * auditor checks the signature against the published key with nothing but {@code java.security},
 * rebuilding the signed text from the checkpoint's fields as docs/ledger.md specifies it. Auditors
 * and officers record one on request, companies may not; the timer records one only when the head
 * moved. Runs inside the server (to post entries as officers and to run the timer's call) and
 * talks to the real HTTP API with the demo auditor.
 */
@ExtendWith(ArquillianExtension.class)
class CheckpointIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return FundDeployment.withTests(CheckpointIT.class);
    }

    @Inject
    LedgerService ledger;

    @Inject
    CheckpointService checkpoints;

    @Inject
    UserAccountService users;

    @Resource
    UserTransaction transaction;

    private Actors actors;

    @BeforeEach
    void setUp() {
        actors = new Actors(users);
    }

    private static ApiClient auditor() {
        return ApiClient.as("auditor", ApiClient.DEMO_PASSWORD);
    }

    private static List<JsonObject> list(ApiClient client) {
        Reply reply = client.get("ledger/checkpoints");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return Json.createReader(new StringReader(reply.body())).readArray().getValuesAs(JsonObject.class);
    }

    private static Map<String, String> manifest(byte[] zip) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals("manifest.txt")) {
                    Map<String, String> values = new HashMap<>();
                    for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                        int colon = line.indexOf(": ");
                        values.put(line.substring(0, colon), line.substring(colon + 2));
                    }
                    return values;
                }
            }
        }
        throw new AssertionError("no manifest.txt in the export");
    }

    /** The published key, read and pinned by its fingerprint with plain JDK code. */
    private static PublicKey publishedKey(JsonObject published) throws GeneralSecurityException {
        byte[] spki = Base64.getDecoder().decode(published.getString("publicKey"));
        assertThat(published.getString("algorithm")).isEqualTo("Ed25519");
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(spki)))
                .isEqualTo(published.getString("keyId"));
        assertThat(published.getString("pem")).startsWith("-----BEGIN PUBLIC KEY-----\n")
                .contains(published.getString("publicKey").substring(0, 60));
        return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(spki));
    }

    @Test
    void anExportRecordsACheckpointOfItsHeadThatVerifiesWithThePublishedKey()
            throws IOException, GeneralSecurityException {
        var officer = actors.newOfficer(CountryCode.US);
        var posted = officer.call(() -> ledger.post(TestData.usdReceipt("it-checkpoint-" + TestData.suffix(), "7.00")));

        Download export = auditor().download("ledger/export", "application/zip");
        assertThat(export.status()).as(export.text()).isEqualTo(200);
        Map<String, String> manifest = manifest(export.body());
        Reply key = ApiClient.as("us.officer1", ApiClient.DEMO_PASSWORD).get("ledger/checkpoints/public-key");
        assertThat(key.status()).as(key.body()).isEqualTo(200);
        PublicKey published = publishedKey(key.json());

        JsonObject checkpoint = list(auditor()).stream()
                .filter(c -> c.getString("reason").equals("EXPORT")
                        && c.getString("headHash").equals(manifest.get("head-hash")))
                .findFirst().orElseThrow(() -> new AssertionError("no EXPORT checkpoint of " + manifest));
        assertThat(checkpoint.getJsonNumber("sequence").longValue())
                .isEqualTo(Long.parseLong(manifest.get("last-sequence"))).isGreaterThanOrEqualTo(posted.sequence());
        assertThat(checkpoint.getString("recordedBy")).isEqualTo("auditor");
        assertThat(checkpoint.getString("keyId")).isEqualTo(key.json().getString("keyId"));
        assertThat(checkpoint.getJsonArray("countersignatures")).isEmpty();
        assertThat(checkpoint.getBoolean("mayCountersign")).isFalse();
        // the signed text, rebuilt from the fields exactly as docs/ledger.md specifies it
        String text = "fund-ledger-checkpoint v1\n"
                + "sequence=" + checkpoint.getJsonNumber("sequence").longValue() + "\n"
                + "head=" + checkpoint.getString("headHash") + "\n"
                + "recordedAt=" + checkpoint.getString("signedText").lines()
                .filter(l -> l.startsWith("recordedAt=")).findFirst().orElseThrow().substring(11) + "\n"
                + "reason=EXPORT\n";
        assertThat(checkpoint.getString("signedText")).isEqualTo(text);
        assertThat(text).matches("(?s).*recordedAt=\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z\n.*");
        assertThat(java.time.Instant.parse(checkpoint.getString("recordedAt")))
                .isEqualTo(java.time.Instant.parse(text.lines().filter(l -> l.startsWith("recordedAt="))
                        .findFirst().orElseThrow().substring(11)));
        Signature ed25519 = Signature.getInstance("Ed25519");
        ed25519.initVerify(published);
        ed25519.update(text.getBytes(StandardCharsets.US_ASCII));
        assertThat(ed25519.verify(Base64.getDecoder().decode(checkpoint.getString("signature")))).isTrue();

        Reply verification = auditor().get("ledger/verification");
        assertThat(verification.json().getBoolean("ok")).as(verification.body()).isTrue();
        assertThat(verification.json().getJsonNumber("checkpoints").longValue()).isPositive();
        assertThat(verification.json().getJsonArray("findings")).isEmpty();
    }

    @Test
    void auditorsAndOfficersRecordACheckpointOnRequestCompaniesMayNot() {
        Reply created = auditor().post("ledger/checkpoints", Map.of());

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().getString("reason")).isEqualTo("MANUAL");
        assertThat(created.header("Location")).endsWith("/ledger/checkpoints/" + created.id());
        Reply read = FundScenario.officer("KR").get("ledger/checkpoints/" + created.id());
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(read.json().getBoolean("mayCountersign")).isTrue();
        assertThat(read.json().getString("headHash")).isEqualTo(created.json().getString("headHash"));

        Reply company = FundScenario.companyUser("US").post("ledger/checkpoints", Map.of());
        assertThat(company.status()).as(company.body()).isEqualTo(403);
        assertThat(company.contentType()).startsWith(FundScenario.PROBLEM);
        assertThat(company.json().getString("type")).isEqualTo("urn:fund:problem:forbidden");
        assertThat(FundScenario.companyUser("KR").get("ledger/checkpoints").status()).isEqualTo(403);
        assertThat(auditor().get("ledger/checkpoints/987654321").status()).isEqualTo(404);
    }

    /**
     * An export reads the head, then signs it. If meanwhile an entry was posted and checkpointed,
     * that checkpoint lies beyond the exported chain; the stored chain extends the exported one and
     * agrees with it, so the export is still signed (an unsigned head would make its bundle look cut off).
     */
    @Test
    void anExportOvertakenByALaterCheckpointIsStillSigned() throws NotSupportedException, SystemException {
        var officer = actors.newOfficer(CountryCode.US);
        var auditor = actors.newAuditor();
        var read = officer.call(() -> ledger.post(TestData.usdReceipt("it-overtaken-" + TestData.suffix(), "5.00")));
        List<JournalEntryRecord> exported = officer.call(() -> {
            List<JournalEntryRecord> journal = new ArrayList<>();
            for (int page = 0; journal.size() < read.sequence(); page++) {
                journal.addAll(ledger.journal(new PageRequest(page, 200)).items());
            }
            return journal.stream().filter(e -> e.sequence() <= read.sequence())
                    .sorted(Comparator.comparingLong(JournalEntryRecord::sequence)).toList();
        });
        assertThat(exported).hasSize((int) read.sequence());

        officer.call(() -> ledger.post(TestData.usdReceipt("it-overtaking-" + TestData.suffix(), "6.00")));
        var later = auditor.call(() -> checkpoints.record());
        assertThat(later.sequence()).isGreaterThan(read.sequence());

        transaction.begin();
        try {
            assertThat(auditor.call(() -> checkpoints.recordAtExport(exported))).as("the export's checkpoint")
                    .isPresent();
        } finally {
            transaction.rollback();
        }
    }

    @Test
    void theTimerRecordsACheckpointOnlyWhenTheHeadMoved() {
        var admin = actors.admin();
        admin.call(() -> checkpoints.recordScheduled());

        assertThat(admin.call(() -> checkpoints.recordScheduled())).as("head unchanged").isEmpty();
        actors.newOfficer(CountryCode.KR).call(() -> ledger.post(TestData.usdReceipt("it-scheduled-" + TestData.suffix(),
                "3.00")));
        var recorded = admin.call(() -> checkpoints.recordScheduled());
        assertThat(recorded).isPresent();
        var auditorActor = actors.newAuditor();
        var scheduled = auditorActor.call(() -> checkpoints.checkpoint(recorded.get()));
        assertThat(scheduled.reason().name()).isEqualTo("SCHEDULED");
        assertThat(scheduled.recordedBy()).isEqualTo("checkpoint-timer");
        assertThat(scheduled.sequence()).isEqualTo(auditorActor.call(() -> ledger.verifyChain()).entries());
    }
}
