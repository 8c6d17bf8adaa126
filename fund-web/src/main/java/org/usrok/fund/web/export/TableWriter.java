package org.usrok.fund.web.export;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes an {@link ExportTable} as CSV or XLSX.
 * <ul>
 *   <li>CSV: UTF-8 with a byte order mark, so Excel reads Korean text as UTF-8 rather than the
 *   system code page; RFC 4180 (comma, CRLF, a field with a comma, quote or line break in double
 *   quotes, quotes doubled); numbers in plain notation with a dot.</li>
 *   <li>XLSX (Apache POI, streaming): numbers are numeric cells formatted with their decimals
 *   (an amount of scale 2 as {@code #,##0.00}), text is text; the header row is bold and frozen.</li>
 *   <li>Both: a text cell starting with {@code = + - @}, a tab or a carriage return gets a leading
 *   apostrophe, so a spreadsheet never runs a company's name or a reason as a formula
 *   (CSV injection). Numbers are written as numbers and need no such guard.</li>
 * </ul>
 */
public final class TableWriter {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private TableWriter() {
    }

    public static void write(ExportFormat format, ExportTable table, OutputStream out) {
        try {
            if (format == ExportFormat.CSV) {
                csv(table, out);
            } else {
                xlsx(table, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the export", e);
        }
    }

    static void csv(ExportTable table, OutputStream out) throws IOException {
        out.write(BOM);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        csvRow(writer, List.copyOf(table.headers()));
        for (List<Object> row : table.rows()) {
            csvRow(writer, row);
        }
        writer.flush();
    }

    private static void csvRow(Writer writer, List<?> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                writer.write(',');
            }
            writer.write(csvField(cells.get(i)));
        }
        writer.write("\r\n");
    }

    static String csvField(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof BigDecimal number) {
            return number.toPlainString();
        }
        if (cell instanceof Number number) {
            return number.toString();
        }
        String text = neutralised(cell.toString());
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    /** Text a spreadsheet would take for a formula gets a leading apostrophe. */
    static String neutralised(String text) {
        if (text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }

    static void xlsx(ExportTable table, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            Sheet sheet = workbook.createSheet("Export");
            DataFormat formats = workbook.createDataFormat();
            Map<Integer, CellStyle> numberStyles = new HashMap<>();
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle headerStyle = workbook.createCellStyle();
            headerStyle.setFont(bold);
            Row header = sheet.createRow(0);
            for (int i = 0; i < table.headers().size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(table.headers().get(i));
                cell.setCellStyle(headerStyle);
                sheet.setColumnWidth(i, Math.min(60, Math.max(12, table.headers().get(i).length() + 4)) * 256);
            }
            sheet.createFreezePane(0, 1);
            int r = 1;
            for (List<Object> values : table.rows()) {
                Row row = sheet.createRow(r++);
                for (int i = 0; i < values.size(); i++) {
                    Object value = values.get(i);
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(i);
                    if (value instanceof BigDecimal number) {
                        cell.setCellValue(number.doubleValue());
                        int scale = Math.max(number.scale(), 0);
                        cell.setCellStyle(numberStyles.computeIfAbsent(scale, s -> {
                            CellStyle style = workbook.createCellStyle();
                            style.setDataFormat(formats.getFormat(s == 0 ? "#,##0" : "#,##0." + "0".repeat(s)));
                            return style;
                        }));
                    } else if (value instanceof Number number) {
                        cell.setCellValue(number.longValue());
                    } else {
                        cell.setCellValue(neutralised(value.toString()));
                    }
                }
            }
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }
}
