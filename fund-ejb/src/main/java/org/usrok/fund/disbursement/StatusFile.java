package org.usrok.fund.disbursement;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a bank's payment status file: CSV (RFC 4180 quoting, LF or CR LF) with the columns
 * {@code end_to_end_id,status,date,bank_reference,reason}; a first line naming these columns is a
 * header and skipped; blank lines are ignored. Each line is parsed on its own and carries its own
 * problem, so that the caller can name every wrong line at once. Pure: no container needed.
 */
final class StatusFile {

    static final String HEADER = "end_to_end_id,status,date,bank_reference,reason";

    private StatusFile() {
    }

    /** One line of the file: its number (from 1) and either its fields or what is wrong with it. */
    record Line(int number, String endToEndId, PaymentOutcome outcome, LocalDate date, String bankReference,
                String reason, Optional<StatusFileInvalidException.LineProblem> problem) implements Serializable {

        static Line wrong(int number, String key, Object... args) {
            return new Line(number, null, null, null, null, null,
                    Optional.of(new StatusFileInvalidException.LineProblem(number, key, List.of(args))));
        }
    }

    static List<Line> parse(String text) {
        List<Line> lines = new ArrayList<>();
        String[] raw = text.replace("\r\n", "\n").split("\n", -1);
        for (int i = 0; i < raw.length; i++) {
            int number = i + 1;
            String row = raw[i];
            if (row.isBlank() || (number == 1 && row.strip().toLowerCase(Locale.ROOT).equals(HEADER))) {
                continue;
            }
            lines.add(line(number, row));
        }
        return lines;
    }

    private static Line line(int number, String row) {
        List<String> fields = fields(row);
        if (fields == null) {
            return Line.wrong(number, "error.statusFile.quotes");
        }
        if (fields.size() < 3 || fields.size() > 5) {
            return Line.wrong(number, "error.statusFile.columns", fields.size());
        }
        String reference = fields.get(0).strip();
        if (reference.isEmpty()) {
            return Line.wrong(number, "error.statusFile.reference");
        }
        PaymentOutcome outcome;
        try {
            outcome = PaymentOutcome.valueOf(fields.get(1).strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Line.wrong(number, "error.statusFile.status", fields.get(1).strip());
        }
        LocalDate date;
        try {
            date = LocalDate.parse(fields.get(2).strip());
        } catch (DateTimeParseException e) {
            return Line.wrong(number, "error.statusFile.date", fields.get(2).strip());
        }
        String bankReference = optional(fields, 3);
        String reason = optional(fields, 4);
        if ((bankReference != null && bankReference.length() > 140) || (reason != null && reason.length() > 1000)) {
            return Line.wrong(number, "error.statusFile.tooLong");
        }
        return new Line(number, reference, outcome, date, bankReference, reason, Optional.empty());
    }

    private static String optional(List<String> fields, int index) {
        if (fields.size() <= index) {
            return null;
        }
        String value = fields.get(index).strip();
        return value.isEmpty() ? null : value;
    }

    /** The fields of one CSV row, or null when its quotes are unbalanced. */
    static List<String> fields(String row) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < row.length(); i++) {
            char c = row.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < row.length() && row.charAt(i + 1) == '"') {
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
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            return null;
        }
        fields.add(field.toString());
        return fields;
    }
}
