package org.usrok.fund.web.export;

import org.usrok.fund.shared.Money;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * A table ready to write: the header row and the rows, each cell a {@link String}, a
 * {@link BigDecimal} or {@link Long} (written as a number) or null (empty). {@link #columns} builds
 * one from read models: an amount becomes two columns, the number and its currency, so a
 * spreadsheet can sum it without ever adding dollars to won.
 */
public record ExportTable(List<String> headers, List<List<Object>> rows) implements Serializable {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    public ExportTable {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    /** Starts the columns of a table of {@code T}; {@code label} turns a bundle key into its text in the reader's language. */
    public static <T> Columns<T> columns(UnaryOperator<String> label) {
        return new Columns<>(label);
    }

    /** The columns of a table of {@code T}, in order; each header is a bundle key. */
    public static final class Columns<T> {

        private final UnaryOperator<String> label;
        private final List<String> headers = new ArrayList<>();
        private final List<Function<T, Object>> cells = new ArrayList<>();

        private Columns(UnaryOperator<String> label) {
            this.label = label;
        }

        public Columns<T> text(String headerKey, Function<T, ?> value) {
            return add(label.apply(headerKey), row -> {
                Object v = value.apply(row);
                return v == null ? null : v.toString();
            });
        }

        /** A whole number (an id, a sequence, a count). */
        public Columns<T> number(String headerKey, Function<T, ? extends Number> value) {
            return add(label.apply(headerKey), row -> {
                Number v = value.apply(row);
                return v == null ? null : v.longValue();
            });
        }

        /** A code shown by its label: the bundle key {@code prefix + code}. */
        public Columns<T> label(String headerKey, String prefix, Function<T, ?> code) {
            return add(label.apply(headerKey), row -> {
                Object v = code.apply(row);
                return v == null ? null : label.apply(prefix + v);
            });
        }

        /** Two columns: the amount as a number with the currency's decimals, then its currency. */
        public Columns<T> money(String headerKey, Function<T, Money> amount) {
            String header = label.apply(headerKey);
            add(header, row -> {
                Money m = amount.apply(row);
                return m == null ? null : m.amount();
            });
            return add(header + " (" + label.apply("export.currency") + ")", row -> {
                Money m = amount.apply(row);
                return m == null ? null : m.currency().name();
            });
        }

        /** A moment in UTC, {@code 2026-11-28 16:17:05 UTC}, as the portal writes times. */
        public Columns<T> instant(String headerKey, Function<T, Instant> value) {
            return add(label.apply(headerKey), row -> {
                Instant v = value.apply(row);
                return v == null ? null : UTC.format(v);
            });
        }

        /** A date, ISO ({@code 2026-11-28}), which spreadsheets read as a date in every locale. */
        public Columns<T> date(String headerKey, Function<T, LocalDate> value) {
            return add(label.apply(headerKey), row -> {
                LocalDate v = value.apply(row);
                return v == null ? null : v.toString();
            });
        }

        private Columns<T> add(String header, Function<T, Object> cell) {
            headers.add(header);
            cells.add(cell);
            return this;
        }

        public ExportTable of(List<T> items) {
            List<List<Object>> rows = new ArrayList<>(items.size());
            for (T item : items) {
                List<Object> row = new ArrayList<>(cells.size());
                for (Function<T, Object> cell : cells) {
                    row.add(cell.apply(item));
                }
                rows.add(row);
            }
            return new ExportTable(headers, rows);
        }
    }
}
