package org.usrok.fund.web.export;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.Money;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TableWriterTest {

    private record Row(long id, String name, Money amount, Instant at) {
    }

    private static final Map<String, String> LABELS = Map.of("id", "No.", "name", "기업", "amount", "Amount",
            "export.currency", "currency", "at", "When");

    private static ExportTable table(List<Row> rows) {
        return ExportTable.<Row>columns(LABELS::get)
                .number("id", Row::id)
                .text("name", Row::name)
                .money("amount", Row::amount)
                .instant("at", Row::at)
                .of(rows);
    }

    private static byte[] write(ExportFormat format, ExportTable table) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableWriter.write(format, table, out);
        return out.toByteArray();
    }

    @Test
    void csvStartsWithAByteOrderMarkAndKeepsKoreanText() {
        byte[] csv = write(ExportFormat.CSV, table(List.of(
                new Row(1, "한국전지 주식회사", Money.of("65000000", CurrencyCode.KRW), null))));

        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertThat(text).isEqualTo("No.,기업,Amount,Amount (currency),When\r\n"
                + "1,한국전지 주식회사,65000000,KRW,\r\n");
    }

    @Test
    void csvQuotesCommasQuotesAndLineBreaks() {
        assertThat(TableWriter.csvField("Acme, Inc.")).isEqualTo("\"Acme, Inc.\"");
        assertThat(TableWriter.csvField("the \"best\" supplier")).isEqualTo("\"the \"\"best\"\" supplier\"");
        assertThat(TableWriter.csvField("line one\nline two")).isEqualTo("\"line one\nline two\"");
        assertThat(TableWriter.csvField("cr\rlf")).isEqualTo("\"cr\rlf\"");
        assertThat(TableWriter.csvField("plain")).isEqualTo("plain");
        assertThat(TableWriter.csvField(null)).isEmpty();
    }

    @Test
    void csvWritesAmountsWithTheirDecimalsAndCurrencyApart() {
        byte[] csv = write(ExportFormat.CSV, table(List.of(
                new Row(7, "Acme, Inc.", Money.of("1234.50", CurrencyCode.USD),
                        Instant.parse("2026-11-28T16:17:05Z")))));

        assertThat(new String(csv, StandardCharsets.UTF_8))
                .endsWith("7,\"Acme, Inc.\",1234.50,USD,2026-11-28 16:17:05 UTC\r\n");
    }

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaIsNeutralised() {
        for (String formula : List.of("=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\tTab", "\rCr")) {
            assertThat(TableWriter.neutralised(formula)).startsWith("'").endsWith(formula);
        }
        assertThat(TableWriter.csvField("=1+1")).isEqualTo("'=1+1");
        assertThat(TableWriter.csvField("=A1,B1")).isEqualTo("\"'=A1,B1\"");
        assertThat(TableWriter.neutralised("Acme = best")).isEqualTo("Acme = best");
        assertThat(TableWriter.csvField(new BigDecimal("-5.00"))).as("a negative number stays a number").isEqualTo("-5.00");
    }

    @Test
    void xlsxHasNumericAmountCellsTextCurrencyKoreanTextAndNeutralisedFormulas() throws IOException {
        byte[] xlsx = write(ExportFormat.XLSX, table(List.of(
                new Row(1, "한국전지 주식회사", Money.of("65000000", CurrencyCode.KRW), null),
                new Row(2, "=cmd|' /C calc'!A0", Money.of("1234.50", CurrencyCode.USD),
                        Instant.parse("2026-11-28T16:17:05Z")))));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("기업");
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Amount (currency)");

            var krw = sheet.getRow(1);
            assertThat(krw.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(krw.getCell(1).getStringCellValue()).isEqualTo("한국전지 주식회사");
            assertThat(krw.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(krw.getCell(2).getNumericCellValue()).isEqualTo(65_000_000d);
            assertThat(krw.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(krw.getCell(3).getStringCellValue()).isEqualTo("KRW");
            assertThat(krw.getCell(4)).as("no time: an empty cell").isNull();

            var usd = sheet.getRow(2);
            assertThat(usd.getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(usd.getCell(1).getStringCellValue()).isEqualTo("'=cmd|' /C calc'!A0");
            assertThat(usd.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(BigDecimal.valueOf(usd.getCell(2).getNumericCellValue())).isEqualByComparingTo("1234.50");
            assertThat(usd.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(usd.getCell(3).getStringCellValue()).isEqualTo("USD");
            assertThat(usd.getCell(4).getStringCellValue()).isEqualTo("2026-11-28 16:17:05 UTC");
            assertThat(sheet.getPhysicalNumberOfRows()).isEqualTo(3);
        }
    }

    @Test
    void fileNamesSayWhichTableAndWhen() {
        assertThat(TableExports.fileName("claims-queue", ExportFormat.CSV)).matches("claims-queue-\\d{4}-\\d{2}-\\d{2}\\.csv");
        assertThat(TableExports.fileName("journal", ExportFormat.XLSX)).matches("journal-\\d{4}-\\d{2}-\\d{2}\\.xlsx");
    }
}
