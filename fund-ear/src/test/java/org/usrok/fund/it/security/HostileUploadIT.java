package org.usrok.fund.it.security;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.usrok.fund.it.support.ApiClient;
import org.usrok.fund.it.support.ApiClient.Download;
import org.usrok.fund.it.support.ApiClient.Reply;
import org.usrok.fund.it.support.FundDeployment;
import org.usrok.fund.it.support.FundScenario;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile evidence over HTTP. Scripts (HTML, SVG), whatever they are named, and archives other than
 * a workbook are refused with a 422 problem, as are empty files, names that do not match the
 * content and files over the limit (413 when the body is far over it); nothing refused is stored.
 * What is accepted is harmless as stored: a PDF that is also HTML, text that looks like HTML in a
 * CSV, a workbook that would inflate to 64 MiB (never inflated), names with paths (only the last
 * segment kept) and 300-character names (cut to 200 with the extension kept). Every download is an
 * attachment with nosniff and a sandboxing policy, so a browser never renders or runs it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostileUploadIT {

    private static final String OCTET_STREAM = "application/octet-stream";
    private static final String SCRIPT = "<script>fetch('/fund/api/me').then(r => r.text()).then(alert)</script>";

    private ApiClient company;
    private long application;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return FundDeployment.application();
    }

    @BeforeEach
    void aDraftApplication() {
        FundScenario.Company verified = FundScenario.verifiedCompany("US");
        company = verified.user();
        application = FundScenario.apply(verified, FundScenario.openRound());
    }

    private Reply upload(String fileName, byte[] content) {
        return company.postBytes("applications/" + application + "/attachments?filename="
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8), content, OCTET_STREAM, false);
    }

    private static void assertRefused(Reply reply, int status, String type) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith(FundScenario.PROBLEM);
        assertThat(reply.json().getString("type")).isEqualTo("urn:fund:problem:" + type);
        assertThat(reply.body()).doesNotContain("Exception").doesNotContain("at org.");
    }

    /** Stored: the download is the same bytes, as an attachment that is never sniffed or rendered. */
    private Download assertServedHarmlessly(Reply stored, byte[] content, String contentType) {
        assertThat(stored.status()).as(stored.body()).isEqualTo(201);
        assertThat(stored.json().getString("contentType")).isEqualTo(contentType);
        Download download = company.download("attachments/" + stored.id() + "/content");
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(content);
        assertThat(download.header("Content-Type")).startsWith(contentType);
        assertThat(download.header("Content-Disposition")).startsWith("attachment;");
        assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.header("Content-Security-Policy")).isEqualTo("default-src 'none'; sandbox");
        return download;
    }

    private int storedCount() {
        return company.get("applications/" + application).json().getJsonArray("attachments").size();
    }

    @Test
    void scriptsAndArchivesAreRefusedWhateverTheirName() throws IOException {
        byte[] html = ("<!DOCTYPE html><html><body>" + SCRIPT + "</body></html>").getBytes(StandardCharsets.UTF_8);
        byte[] svg = ("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\">" + SCRIPT + "</svg>")
                .getBytes(StandardCharsets.UTF_8);

        for (String name : new String[] {"report.html", "report.pdf", "report.png", "report.xlsx"}) {
            assertRefused(upload(name, html), 422, "attachment-rejected");
        }
        for (String name : new String[] {"chart.svg", "chart.png", "chart.pdf"}) {
            assertRefused(upload(name, svg), 422, "attachment-rejected");
        }
        assertRefused(upload("invoice.pdf", FundScenario.windowsExecutable()), 422, "attachment-rejected");
        assertRefused(upload("evidence.zip", zip("readme.txt", "payload.exe")), 422, "attachment-rejected");
        assertRefused(upload("evidence.xlsx", zip("readme.txt", "payload.exe")), 422, "attachment-rejected");
        assertRefused(upload("polyglot.html", polyglot()), 422, "attachment-rejected");
        assertThat(storedCount()).isZero();
    }

    @Test
    void emptyFilesBadNamesAndFilesOverTheLimitAreRefused() {
        assertRefused(upload("empty.pdf", new byte[0]), 422, "attachment-rejected");
        assertRefused(upload("x." + "b".repeat(300), FundScenario.pdf()), 422, "attachment-rejected");
        assertRefused(upload("../..", FundScenario.pdf()), 422, "attachment-rejected");

        byte[] justOver = Arrays.copyOf(FundScenario.pdf(), 10 * 1024 * 1024 + 1);
        Reply overLimit = upload("large.pdf", justOver);
        assertRefused(overLimit, 422, "attachment-rejected");
        assertThat(overLimit.json().getString("detail")).contains("10");
        byte[] farOver = Arrays.copyOf(FundScenario.pdf(), 12 * 1024 * 1024);
        assertRefused(upload("huge.pdf", farOver), 413, "payload-too-large");
        assertThat(storedCount()).isZero();
    }

    @Test
    void whatIsAcceptedIsStoredAndServedHarmlessly() throws IOException {
        byte[] polyglot = polyglot();
        assertServedHarmlessly(upload("scan.pdf", polyglot), polyglot, "application/pdf");

        byte[] htmlAsCsv = ("name,amount\n" + SCRIPT + ",1\n").getBytes(StandardCharsets.UTF_8);
        assertServedHarmlessly(upload("notes.csv", htmlAsCsv), htmlAsCsv, "text/csv");

        byte[] bomb = workbookBomb();
        assertThat(bomb.length).isLessThan(1 << 18);
        assertServedHarmlessly(upload("bomb.xlsx", bomb), bomb,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        byte[] pdf = FundScenario.pdf();
        JsonObject traversal = assertStoredAs(upload("../../../../etc/cron.d/evil.pdf", pdf), "evil.pdf");
        assertThat(traversal.getString("fileName")).doesNotContain("/", "..");
        assertStoredAs(upload("..\\..\\Windows\\System32\\evil 2.pdf", pdf), "evil 2.pdf");
        assertStoredAs(upload("quote\u202Efdp.exe.pdf", pdf), "quotefdp.exe.pdf");

        String longName = "견적서-".repeat(75) + ".pdf";
        Reply stored = upload(longName, pdf);
        String kept = stored.json().getString("fileName");
        assertThat(kept).hasSize(200).endsWith(".pdf").startsWith("견적서-");
        Download download = assertServedHarmlessly(stored, pdf, "application/pdf");
        assertThat(download.header("Content-Disposition")).contains("filename*=UTF-8''")
                .doesNotContain("\r", "\n", "\"\"");
        assertThat(storedCount()).isEqualTo(7);
    }

    private JsonObject assertStoredAs(Reply reply, String fileName) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        assertThat(reply.json().getString("fileName")).isEqualTo(fileName);
        return reply.json();
    }

    /** A file that is a PDF by its signature and an HTML page with a script to a sniffing browser. */
    private static byte[] polyglot() {
        return ("%PDF-1.4\n%<html><body>" + SCRIPT + "</body></html>\n1 0 obj <</Type /Catalog>> endobj\n"
                + "trailer <</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** A workbook's entries, one of which inflates to 64 MiB of zeros. */
    private static byte[] workbookBomb() throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static byte[] zip(String... names) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write("MZ".getBytes(StandardCharsets.US_ASCII));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
