package org.usrok.fund.ledger.bundle;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV as the bundle uses it: UTF-8, a header row, every record ending in LF, fields
 * quoted only when they contain a comma, a double quote, CR or LF, with embedded quotes doubled.
 * Reading is strict, so that a file edited by hand either reads exactly or fails at a named line.
 */
final class Csv {

    private Csv() {
    }

    /** One record and the line it starts on (the header is line 1). */
    record Row(int line, List<String> fields) {

        String get(int index) {
            return fields.get(index);
        }
    }

    /** Writes records; {@link #bytes()} gives the UTF-8 file. */
    static final class Writer {

        private final StringBuilder text = new StringBuilder(4096);

        Writer(List<String> header) {
            row(header);
        }

        Writer row(List<String> fields) {
            for (int i = 0; i < fields.size(); i++) {
                if (i > 0) {
                    text.append(',');
                }
                field(fields.get(i));
            }
            text.append('\n');
            return this;
        }

        private void field(String value) {
            boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\r') >= 0
                    || value.indexOf('\n') >= 0;
            if (quote) {
                text.append('"').append(value.replace("\"", "\"\"")).append('"');
            } else {
                text.append(value);
            }
        }

        byte[] bytes() {
            return text.toString().getBytes(StandardCharsets.UTF_8);
        }
    }

    /** The records after the header, which must be exactly {@code header}; every record has its fields. */
    static List<Row> read(String file, byte[] bytes, List<String> header) {
        List<Row> rows = parse(file, utf8(file, bytes));
        if (rows.isEmpty()) {
            throw new BundleFormatException(file, 1, "the file is empty; expected the header " + String.join(",", header));
        }
        if (!rows.get(0).fields().equals(header)) {
            throw new BundleFormatException(file, 1, "the header is not " + String.join(",", header));
        }
        for (Row row : rows) {
            if (row.fields().size() != header.size()) {
                throw new BundleFormatException(file, row.line(),
                        "expected " + header.size() + " fields but found " + row.fields().size());
            }
        }
        return rows.subList(1, rows.size());
    }

    static String utf8(String file, byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new BundleFormatException(file, 0, "is not valid UTF-8");
        }
    }

    private static List<Row> parse(String file, String text) {
        List<Row> rows = new ArrayList<>();
        int n = text.length();
        int i = 0;
        int line = 1;
        while (i < n) {
            int start = line;
            List<String> fields = new ArrayList<>();
            boolean endOfRecord = false;
            while (!endOfRecord) {
                StringBuilder field = new StringBuilder();
                if (i < n && text.charAt(i) == '"') {
                    i++;
                    while (true) {
                        if (i >= n) {
                            throw new BundleFormatException(file, start, "a quoted field is not closed");
                        }
                        char c = text.charAt(i);
                        if (c == '"') {
                            if (i + 1 < n && text.charAt(i + 1) == '"') {
                                field.append('"');
                                i += 2;
                                continue;
                            }
                            i++;
                            break;
                        }
                        if (c == '\n') {
                            line++;
                        }
                        field.append(c);
                        i++;
                    }
                    if (i < n && text.charAt(i) != ',' && text.charAt(i) != '\n') {
                        throw new BundleFormatException(file, line, "a closing quote is followed by '"
                                + text.charAt(i) + "' instead of a comma or the end of the line");
                    }
                } else {
                    while (i < n && text.charAt(i) != ',' && text.charAt(i) != '\n') {
                        char c = text.charAt(i);
                        if (c == '"') {
                            throw new BundleFormatException(file, line, "a double quote inside an unquoted field");
                        }
                        if (c == '\r') {
                            throw new BundleFormatException(file, line,
                                    "a CR outside a quoted field (lines end in LF only)");
                        }
                        field.append(c);
                        i++;
                    }
                }
                fields.add(field.toString());
                if (i >= n) {
                    throw new BundleFormatException(file, line, "the last line does not end in LF");
                }
                if (text.charAt(i++) == '\n') {
                    line++;
                    endOfRecord = true;
                }
            }
            rows.add(new Row(start, fields));
        }
        return rows;
    }
}
