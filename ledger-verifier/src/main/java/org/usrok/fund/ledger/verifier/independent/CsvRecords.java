package org.usrok.fund.ledger.verifier.independent;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a bundle CSV file record by record, as docs/ledger.md ("The CSV files") defines the
 * dialect: UTF-8, RFC 4180, every record ending in LF, a field quoted with {@code "} only when it
 * holds a comma, a double quote, CR or LF, a double quote inside a quoted field doubled. Anything
 * else (a CR outside quotes, a stray quote, a last record without LF, bytes that are not UTF-8)
 * is a {@link CsvFormatException} naming the line. Only one record is held at a time.
 */
final class CsvRecords {

    private final Reader in;
    private final char[] buffer = new char[1 << 16];
    private int position;
    private int limit;
    private int line = 1;
    private int recordLine;

    CsvRecords(InputStream bytes) {
        in = new InputStreamReader(bytes, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    /** The line the record last returned by {@link #next()} starts on (the header is line 1). */
    int recordLine() {
        return recordLine;
    }

    /** The next record's fields, or null at the end of the file. */
    List<String> next() throws IOException {
        if (peek() < 0) {
            return null;
        }
        recordLine = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        while (true) {
            field.setLength(0);
            if (peek() == '"') {
                position++;
                readQuoted(field);
            } else {
                readPlain(field);
            }
            fields.add(field.toString());
            int c = peek();
            if (c < 0) {
                throw new CsvFormatException(line, "the last record does not end in LF");
            }
            position++;
            if (c == '\n') {
                line++;
                return fields;
            }
        }
    }

    private void readQuoted(StringBuilder field) throws IOException {
        while (true) {
            int c = peek();
            if (c < 0) {
                throw new CsvFormatException(recordLine, "a quoted field is not closed");
            }
            position++;
            if (c == '"') {
                if (peek() != '"') {
                    break;
                }
                position++;
            } else if (c == '\n') {
                line++;
            }
            field.append((char) c);
        }
        int after = peek();
        if (after >= 0 && after != ',' && after != '\n') {
            throw new CsvFormatException(line, "a closing quote is not followed by a comma or LF");
        }
    }

    private void readPlain(StringBuilder field) throws IOException {
        for (int c = peek(); c >= 0 && c != ',' && c != '\n'; c = peek()) {
            if (c == '"') {
                throw new CsvFormatException(line, "a double quote in a field that is not quoted");
            }
            if (c == '\r') {
                throw new CsvFormatException(line, "a CR outside a quoted field (records end in LF only)");
            }
            field.append((char) c);
            position++;
        }
    }

    private int peek() throws IOException {
        if (position == limit) {
            int read;
            try {
                do {
                    read = in.read(buffer);
                } while (read == 0);
            } catch (CharacterCodingException e) {
                throw new CsvFormatException(line, "the file is not valid UTF-8");
            }
            if (read < 0) {
                return -1;
            }
            position = 0;
            limit = read;
        }
        return buffer[position];
    }

    /** A file that does not follow the documented dialect, at a line of it. */
    static final class CsvFormatException extends RuntimeException {

        CsvFormatException(int line, String problem) {
            super("line " + line + ": " + problem);
        }
    }
}
