package org.usrok.fund.attachment;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** File types are judged by content: a renamed executable or a plain ZIP is refused whatever it is called. */
class FileTypeDetectorTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};

    @Test
    void recognisesSignatures() {
        assertThat(FileTypeDetector.detect("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII), "pdf"))
                .contains(FileType.PDF);
        assertThat(FileTypeDetector.detect(PNG, "png")).contains(FileType.PNG);
        assertThat(FileTypeDetector.detect(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}, "jpg"))
                .contains(FileType.JPEG);
    }

    @Test
    void aPdfNameDoesNotMakeAPdf() {
        assertThat(FileTypeDetector.detect("MZ\u0090\u0000 executable".getBytes(StandardCharsets.ISO_8859_1), "pdf"))
                .isEmpty();
        assertThat(FileTypeDetector.detect("<html><script>".getBytes(StandardCharsets.UTF_8), "pdf")).isEmpty();
    }

    @Test
    void xlsxIsAZipWithAWorkbookButAPlainZipIsNot() throws IOException {
        assertThat(FileTypeDetector.detect(zip("[Content_Types].xml", "xl/workbook.xml"), "xlsx"))
                .contains(FileType.XLSX);
        assertThat(FileTypeDetector.detect(zip("readme.txt", "payload.exe"), "xlsx")).isEmpty();
        assertThat(FileTypeDetector.detect(zip("[Content_Types].xml", "word/document.xml"), "xlsx")).isEmpty();
    }

    @Test
    void csvMustBeUtf8TextAndNamedCsv() {
        byte[] csv = "material,quantity\n리튬,1000\n".getBytes(StandardCharsets.UTF_8);
        assertThat(FileTypeDetector.detect(csv, "csv")).contains(FileType.CSV);
        assertThat(FileTypeDetector.detect(csv, "txt")).isEmpty();
        assertThat(FileTypeDetector.detect(new byte[] {'a', 0, 'b'}, "csv")).isEmpty();
        assertThat(FileTypeDetector.detect(new byte[] {(byte) 0xC3, (byte) 0x28}, "csv")).isEmpty();
    }

    @Test
    void fileNamesAreSanitised() {
        assertThat(FileNames.sanitise("C:\\Users\\kim\\..\\견적서 2026.pdf")).isEqualTo("견적서 2026.pdf");
        assertThat(FileNames.sanitise("../../etc/passwd")).isEqualTo("passwd");
        assertThat(FileNames.sanitise("in\u0000voice\r\n<1>.pdf")).isEqualTo("invoice1.pdf");
        assertThat(FileNames.sanitise("...")).isEmpty();
        assertThat(FileNames.sanitise("a".repeat(300) + ".xlsx")).hasSize(200).endsWith(".xlsx");
        assertThat(FileNames.extension("Quote.PDF")).isEqualTo("pdf");
    }

    @Test
    void overLongNamesAreCutWhateverTheirExtension() {
        assertThat(FileNames.sanitise("견".repeat(300) + ".PDF")).hasSize(200).endsWith("견.PDF");
        assertThat(FileNames.sanitise("x." + "b".repeat(300))).isEqualTo("x." + "b".repeat(198));
        assertThat(FileNames.sanitise("c".repeat(300))).isEqualTo("c".repeat(200));
        assertThat(FileNames.sanitise("../".repeat(100) + "etc/passwd.pdf")).isEqualTo("passwd.pdf");
    }

    @Test
    void scriptsAreNoEvidenceWhateverTheirName() {
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                .getBytes(StandardCharsets.UTF_8);
        byte[] html = "<!DOCTYPE html><html><body onload=\"alert(1)\"></body></html>".getBytes(StandardCharsets.UTF_8);
        for (String extension : new String[] {"svg", "html", "png", "pdf", "xlsx"}) {
            assertThat(FileTypeDetector.detect(svg, extension)).as(extension).isEmpty();
            assertThat(FileTypeDetector.detect(html, extension)).as(extension).isEmpty();
        }
    }

    @Test
    void aPdfHtmlPolyglotIsAPdfAndATextFileIsOnlyEverText() {
        byte[] polyglot = "%PDF-1.4\n<html><script>alert(document.cookie)</script></html>\n%%EOF"
                .getBytes(StandardCharsets.US_ASCII);
        assertThat(FileTypeDetector.detect(polyglot, "pdf")).contains(FileType.PDF);
        assertThat(FileType.PDF.extensions()).doesNotContain("html", "htm", "svg");
        byte[] htmlAsCsv = "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);
        assertThat(FileTypeDetector.detect(htmlAsCsv, "csv")).contains(FileType.CSV);
        assertThat(FileType.CSV.mediaType()).isEqualTo("text/csv");
    }

    @Test
    void aZipBombIsJudgedWithoutInflatingIt() throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        byte[] bomb = bytes.toByteArray();
        assertThat(bomb.length).as("64 MiB inflated").isLessThan(1 << 18);

        long started = System.nanoTime();
        assertThat(FileTypeDetector.detect(bomb, "xlsx")).contains(FileType.XLSX);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    }

    private static byte[] zip(String... names) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
