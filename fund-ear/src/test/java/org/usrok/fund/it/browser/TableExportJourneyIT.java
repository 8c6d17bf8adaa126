package org.usrok.fund.it.browser;

import jakarta.enterprise.inject.spi.CDI;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.usrok.fund.it.support.Actors;
import org.usrok.fund.it.support.Browser;
import org.usrok.fund.it.support.DisbursementFixture;
import org.usrok.fund.it.support.FundDeployment;
import org.usrok.fund.it.support.RemoteFixtures;
import org.usrok.fund.it.support.ServerFixture;
import org.usrok.fund.it.support.TestData;
import org.usrok.fund.ledger.JournalLine;
import org.usrok.fund.ledger.LedgerService;
import org.usrok.fund.ledger.PostEntry;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.Money;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The export buttons in headless Chromium: an auditor filters the journal by a reference that more
 * entries carry than one page shows (20), exports CSV and XLSX, and finds every line of every
 * matching entry and nothing else, amounts as numbers with the currency apart, Korean text intact
 * and a formula-like description neutralised; then exports the audit trail filtered by the
 * posting officer (more records than a page) and finds the journal exports recorded under the
 * auditor's name. The entries are posted in the server ({@link RemoteFixtures}), so the test
 * depends on no other.
 */
@ExtendWith(ArquillianExtension.class)
class TableExportJourneyIT {

    /** Entries inside the filter: more than the journal's page of 20. */
    static final int IN_FILTER = 23;
    static final int OUTSIDE = 2;
    static final String DESCRIPTION = "=HYPERLINK(\"x\"), 미화 출연금";

    @Deployment
    static EnterpriseArchive deployment() {
        return FundDeployment.withTests(TableExportJourneyIT.class);
    }

    /** A fresh U.S. officer posts {@link #IN_FILTER} entries tagged in their reference and {@link #OUTSIDE} others. */
    public static final class TaggedEntries implements ServerFixture {

        @Override
        public Properties build(DisbursementFixture fixture) {
            LedgerService ledger = CDI.current().select(LedgerService.class).get();
            Actors.Actor officer = fixture.actors().newOfficer(CountryCode.US);
            String tag = "export-" + TestData.suffix();
            for (int i = 1; i <= IN_FILTER + OUTSIDE; i++) {
                String reference = i <= IN_FILTER ? tag + " 한국 " + i : "elsewhere-" + TestData.suffix();
                Money amount = Money.of(i + ".25", CurrencyCode.USD);
                officer.call(() -> ledger.post(new PostEntry("it-export-" + TestData.suffix(), LocalDate.of(2026, 11, 28),
                        reference, DESCRIPTION, null,
                        List.of(JournalLine.debit("1200-USD", amount), JournalLine.credit("1100-USD", amount)))));
            }
            Properties names = new Properties();
            names.setProperty("tag", tag);
            names.setProperty("officer", officer.username());
            names.setProperty("auditor", fixture.actors().newAuditor().username());
            return names;
        }
    }

    @Test
    @RunAsClient
    void anExportHoldsEveryRowOfTheFilterAndNoOther() throws IOException {
        Properties data = RemoteFixtures.build(TaggedEntries.class);
        String tag = data.getProperty("tag");
        String auditor = data.getProperty("auditor");
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        Path downloads = Files.createTempDirectory("fund-exports");
        try (Browser browser = new Browser(downloads)) {
            browser.signIn(auditor, Actors.PASSWORD);
            browser.open("auditor/journal.xhtml");
            browser.type("journalFilter:reference", tag);
            browser.clickAndAwaitUpdate("journalFilter:search", "[id='journalForm:journal_data']");
            browser.waitForText("[id='journalForm:journal_data'] tr:first-child .entry-reference", tag);
            assertThat(browser.texts("[id='journalForm:journal_data'] .entry-reference")).as("one page").hasSize(20);

            browser.click("journalForm:exportCsv");
            byte[] csv = Files.readAllBytes(browser.awaitDownload(downloads, "journal-" + today, ".csv"));
            assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
            List<List<String>> rows = parseCsv(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8));
            assertThat(rows.get(0)).startsWith("Seq.", "Effective", "Recorded (UTC)", "Reference");
            int reference = rows.get(0).indexOf("Reference");
            int description = rows.get(0).indexOf("Description");
            int amount = rows.get(0).indexOf("Amount");
            int currency = rows.get(0).indexOf("Amount (currency)");
            List<List<String>> lines = rows.subList(1, rows.size());
            assertThat(lines).as("two lines per entry").hasSize(2 * IN_FILTER);
            Set<String> expected = new HashSet<>();
            IntStream.rangeClosed(1, IN_FILTER).forEach(i -> expected.add(tag + " 한국 " + i));
            assertThat(lines.stream().map(l -> l.get(reference)).toList()).containsOnlyElementsOf(expected)
                    .containsAll(expected);
            assertThat(lines).allSatisfy(l -> {
                assertThat(l.get(description)).isEqualTo("'" + DESCRIPTION);
                assertThat(l.get(currency)).isEqualTo("USD");
                assertThat(l.get(amount)).matches("\\d+\\.25");
            });

            browser.click("journalForm:exportXlsx");
            byte[] xlsx = Files.readAllBytes(browser.awaitDownload(downloads, "journal-" + today, ".xlsx"));
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
                Sheet sheet = workbook.getSheetAt(0);
                assertThat(sheet.getLastRowNum()).isEqualTo(2 * IN_FILTER);
                Set<String> references = new HashSet<>();
                for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                    var row = sheet.getRow(r);
                    references.add(row.getCell(reference).getStringCellValue());
                    assertThat(row.getCell(amount).getCellType()).isEqualTo(CellType.NUMERIC);
                    String rowReference = row.getCell(reference).getStringCellValue();
                    BigDecimal expectedAmount = new BigDecimal(rowReference.substring(rowReference.lastIndexOf(' ') + 1)
                            + ".25");
                    assertThat(BigDecimal.valueOf(row.getCell(amount).getNumericCellValue()))
                            .isEqualByComparingTo(expectedAmount);
                    assertThat(row.getCell(currency).getStringCellValue()).isEqualTo("USD");
                }
                assertThat(references).isEqualTo(expected);
            }

            browser.open("auditor/audit.xhtml");
            browser.type("auditFilter:actor", data.getProperty("officer"));
            browser.clickAndAwaitUpdate("auditFilter:search", "[id='auditForm:records_data']");
            browser.click("auditForm:exportCsv");
            byte[] trail = Files.readAllBytes(browser.awaitDownload(downloads, "audit-trail-" + today, ".csv"));
            List<List<String>> records = parseCsv(new String(trail, 3, trail.length - 3, StandardCharsets.UTF_8));
            int actor = records.get(0).indexOf("Who");
            int action = records.get(0).indexOf("Action code");
            int recordType = records.get(0).indexOf("Record type");
            int recordTypeCode = records.get(0).indexOf("Record type code");
            List<List<String>> posted = records.subList(1, records.size());
            assertThat(posted).as("more than a page").hasSizeGreaterThan(20)
                    .allSatisfy(r -> assertThat(r.get(actor)).isEqualTo(data.getProperty("officer")));
            assertThat(posted.stream().filter(r -> r.get(action).equals("JOURNAL_ENTRY_POSTED")))
                    .hasSize(IN_FILTER + OUTSIDE)
                    .allSatisfy(r -> assertThat(List.of(r.get(recordType), r.get(recordTypeCode)))
                            .containsExactly("Journal entry", "JournalEntry"));

            browser.retype("auditFilter:actor", auditor);
            browser.clickAndAwaitUpdate("auditFilter:search", "[id='auditForm:records_data']");
            assertThat(browser.texts("[id='auditForm:records_data'] .audit-action"))
                    .containsSubsequence("AUDIT_TRAIL_EXPORTED", "JOURNAL_EXPORTED", "JOURNAL_EXPORTED");
        }
    }

    /** RFC 4180: fields in double quotes may hold commas, doubled quotes and line breaks. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        return rows;
    }
}
