package org.usrok.fund.ledger.bundle;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
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
    record Row(int line, List<String> fields) implements Serializable {

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
        utf8(file, bytes);
        List<Row> rows = new ArrayList<>();
        try (Reader reader = new Reader(file, new ByteArrayInputStream(bytes), header)) {
            for (Row row = reader.next(); row != null; row = reader.next()) {
                rows.add(row);
            }
        }
        return rows;
    }

    /**
     * Reads a CSV file record by record from a stream, so a file of any length is read in constant
     * memory: the header is checked when the reader is made, then {@link #next()} gives one record
     * at a time. Bytes that are not UTF-8 are refused like any other format error.
     */
    static final class Reader implements Closeable {

        private final String file;
        private final List<String> header;
        private final java.io.Reader in;
        private final char[] buffer = new char[1 << 16];
        private int position;
        private int limit;
        private int line = 1;

        Reader(String file, InputStream bytes, List<String> header) {
            this.file = file;
            this.header = header;
            this.in = new InputStreamReader(bytes, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
            Row first = parse();
            if (first == null) {
                throw new BundleFormatException(file, 1, "the file is empty; expected the header "
                        + String.join(",", header));
            }
            if (!first.fields().equals(header)) {
                throw new BundleFormatException(file, 1, "the header is not " + String.join(",", header));
            }
        }

        /** The next record, or null after the last one. */
        Row next() {
            Row row = parse();
            if (row != null && row.fields().size() != header.size()) {
                throw new BundleFormatException(file, row.line(),
                        "expected " + header.size() + " fields but found " + row.fields().size());
            }
            return row;
        }

        private int peek() {
            if (position == limit) {
                try {
                    int read = in.read(buffer);
                    while (read == 0) {
                        read = in.read(buffer);
                    }
                    if (read < 0) {
                        return -1;
                    }
                    position = 0;
                    limit = read;
                } catch (CharacterCodingException e) {
                    throw new BundleFormatException(file, 0, "is not valid UTF-8");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return buffer[position];
        }

        private Row parse() {
            if (peek() < 0) {
                return null;
            }
            int start = line;
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            while (true) {
                field.setLength(0);
                if (peek() == '"') {
                    position++;
                    while (true) {
                        int c = peek();
                        if (c < 0) {
                            throw new BundleFormatException(file, start, "a quoted field is not closed");
                        }
                        position++;
                        if (c == '"') {
                            if (peek() == '"') {
                                field.append('"');
                                position++;
                                continue;
                            }
                            break;
                        }
                        if (c == '\n') {
                            line++;
                        }
                        field.append((char) c);
                    }
                    int c = peek();
                    if (c >= 0 && c != ',' && c != '\n') {
                        throw new BundleFormatException(file, line, "a closing quote is followed by '" + (char) c
                                + "' instead of a comma or the end of the line");
                    }
                } else {
                    for (int c = peek(); c >= 0 && c != ',' && c != '\n'; c = peek()) {
                        if (c == '"') {
                            throw new BundleFormatException(file, line, "a double quote inside an unquoted field");
                        }
                        if (c == '\r') {
                            throw new BundleFormatException(file, line,
                                    "a CR outside a quoted field (lines end in LF only)");
                        }
                        field.append((char) c);
                        position++;
                    }
                }
                fields.add(field.toString());
                int c = peek();
                if (c < 0) {
                    throw new BundleFormatException(file, line, "the last line does not end in LF");
                }
                position++;
                if (c == '\n') {
                    line++;
                    return new Row(start, fields);
                }
            }
        }

        @Override
        public void close() {
            try {
                in.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static String utf8(String file, byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new BundleFormatException(file, 0, "is not valid UTF-8");
        }
    }
}
