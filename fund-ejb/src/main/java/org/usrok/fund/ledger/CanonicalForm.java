package org.usrok.fund.ledger;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The canonical bytes of a journal entry, the input of its hash. Specified in
 * {@code docs/ledger.md} so that anyone can recompute a hash without this code: UTF-8 text, one
 * field per line ending in {@code \n}, in a fixed order, with {@code %}, {@code |}, CR and LF in
 * text fields percent-encoded, amounts in plain notation with exactly the currency's decimals.
 */
public final class CanonicalForm {

    public static final String VERSION = "fund-ledger-entry-v1";
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'",
            Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final int SECONDS_PER_DAY = 86_400;

    private CanonicalForm() {
    }

    public static byte[] of(JournalEntryRecord entry) {
        Writer writer = new Writer();
        int length = writer.write(entry);
        return Arrays.copyOf(writer.bytes(), length);
    }

    /**
     * An instant as the canonical form writes it: UTC with exactly six fraction digits, e.g.
     * {@code 2026-11-28T09:30:00.123456Z}. The export bundle uses the same text, so an auditor
     * can copy it into a canonical form unchanged.
     */
    public static String instant(Instant instant) {
        Writer writer = new Writer();
        writer.instant(instant);
        return new String(writer.bytes, 0, writer.length, StandardCharsets.US_ASCII);
    }

    /**
     * Writes canonical forms straight as UTF-8 bytes into one buffer reused from entry to entry:
     * verifying a chain builds a million of them, and building each as a string, then encoding
     * it, cost more than hashing it (B3, docs/performance.md). Not thread-safe: one per
     * verification.
     */
    static final class Writer {

        // the labels as bytes, each copied in one call: they are over a third of a typical form's bytes
        private static final byte[] HEADER = label(VERSION + "\nsequence:");
        private static final byte[] EVENT = label("\nevent:");
        private static final byte[] EFFECTIVE = label("\neffective:");
        private static final byte[] RECORDED = label("\nrecorded:");
        private static final byte[] REFERENCE = label("\nreference:");
        private static final byte[] ACTOR = label("\nactor:");
        private static final byte[] DESCRIPTION = label("\ndescription:");
        private static final byte[] REVERSES = label("\nreverses:");
        private static final byte[] LINE = label("\nline:");

        private byte[] bytes = new byte[512];
        private int length;
        private final byte[] digits = new byte[20]; // a number being written: up to 19 digits and a point

        /** Writes the entry's canonical form from the start of the buffer; returns its length in bytes. */
        int write(JournalEntryRecord entry) {
            length = 0;
            put(HEADER);
            decimal(entry.sequence(), 0);
            put(EVENT);
            text(entry.eventId());
            put(EFFECTIVE);
            date(entry.effectiveDate());
            put(RECORDED);
            instant(entry.recordedAt());
            put(REFERENCE);
            text(entry.reference());
            put(ACTOR);
            text(entry.actor());
            put(DESCRIPTION);
            text(entry.description());
            put(REVERSES);
            if (entry.reverses() == null) {
                ascii("-");
            } else {
                decimal(entry.reverses(), 0);
            }
            List<JournalLine> lines = entry.lines();
            for (int i = 0; i < lines.size(); i++) {
                JournalLine line = lines.get(i);
                put(LINE);
                decimal(i + 1, 0);
                ascii("|");
                text(line.account());
                ascii("|");
                ascii(line.side().code());
                ascii("|");
                ascii(line.amount().currency().name());
                ascii("|");
                amount(line.amount().amount());
            }
            ascii("\n");
            return length;
        }

        /** The buffer; the last written form is its first {@link #write} bytes. */
        byte[] bytes() {
            return bytes;
        }

        private void room(int more) {
            if (length + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(2 * bytes.length, length + more));
            }
        }

        private static byte[] label(String text) {
            return text.getBytes(StandardCharsets.US_ASCII);
        }

        private void put(byte[] label) {
            room(label.length);
            System.arraycopy(label, 0, bytes, length, label.length);
            length += label.length;
        }

        /** Text known to be ASCII without anything to escape: labels, codes and what the fallbacks format. */
        private void ascii(String text) {
            room(text.length());
            for (int i = 0; i < text.length(); i++) {
                bytes[length++] = (byte) text.charAt(i);
            }
        }

        /**
         * A text field: UTF-8 as {@code String.getBytes} writes it, with {@code %}, {@code |}, LF and
         * CR percent-encoded ({@code %25}, {@code %7C}, {@code %0A}, {@code %0D}). The four are ASCII,
         * and no byte of a multi-byte UTF-8 sequence is, so the field is the JDK's UTF-8 encoding (a
         * plain copy for ASCII text) with those four bytes replaced (B3, docs/performance.md).
         */
        private void text(String text) {
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            room(3 * utf8.length);
            byte[] out = bytes;
            int at = length;
            for (byte b : utf8) {
                switch (b) {
                    case '%' -> at = escaped(out, at, '2', '5');
                    case '|' -> at = escaped(out, at, '7', 'C');
                    case '\n' -> at = escaped(out, at, '0', 'A');
                    case '\r' -> at = escaped(out, at, '0', 'D');
                    default -> out[at++] = b;
                }
            }
            length = at;
        }

        private static int escaped(byte[] out, int at, char high, char low) {
            out[at] = '%';
            out[at + 1] = (byte) high;
            out[at + 2] = (byte) low;
            return at + 3;
        }

        /** {@code unscaled × 10^-scale} as {@link BigDecimal#toPlainString} writes it, for a scale of 0 to 18. */
        private void decimal(long unscaled, int scale) {
            if (unscaled == Long.MIN_VALUE) {
                ascii(BigDecimal.valueOf(unscaled, scale).toPlainString());
                return;
            }
            if (unscaled < 0) {
                ascii("-");
            }
            // digits from the last, into the end of a scratch array, in one pass: at least scale + 1 of them
            long rest = Math.abs(unscaled);
            int start = digits.length;
            int written = 0;
            do {
                if (written == scale && scale > 0) {
                    digits[--start] = '.';
                }
                digits[--start] = (byte) ('0' + rest % 10);
                rest /= 10;
                written++;
            } while (rest != 0 || written <= scale);
            int count = digits.length - start;
            room(count);
            System.arraycopy(digits, start, bytes, length, count);
            length += count;
        }

        /** Plain notation; a money amount always has the currency's 0 or 2 decimals and fits in a long. */
        private void amount(BigDecimal amount) {
            int scale = amount.scale();
            if (scale < 0 || scale > 18 || amount.precision() > 18) {
                ascii(amount.toPlainString());
                return;
            }
            decimal(amount.movePointRight(scale).longValue(), scale);
        }

        /** {@code yyyy-MM-dd}, as {@link LocalDate#toString} writes it. */
        private void date(LocalDate date) {
            int year = date.getYear();
            if (year < 1000 || year > 9999) {
                ascii(date.toString());
                return;
            }
            fixed(year, 4);
            ascii("-");
            fixed(date.getMonthValue(), 2);
            ascii("-");
            fixed(date.getDayOfMonth(), 2);
        }

        /** {@code uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'} in UTC, as {@link #INSTANT} formats it. */
        void instant(Instant instant) {
            long seconds = instant.getEpochSecond();
            LocalDate day = LocalDate.ofEpochDay(Math.floorDiv(seconds, SECONDS_PER_DAY));
            if (day.getYear() < 1000 || day.getYear() > 9999) {
                ascii(INSTANT.format(instant));
                return;
            }
            // the pattern, written by hand: the formatter was a third of the verifier's time (B3)
            int secondOfDay = (int) Math.floorMod(seconds, SECONDS_PER_DAY);
            date(day);
            ascii("T");
            fixed(secondOfDay / 3600, 2);
            ascii(":");
            fixed(secondOfDay / 60 % 60, 2);
            ascii(":");
            fixed(secondOfDay % 60, 2);
            ascii(".");
            fixed(instant.getNano() / 1000, 6);
            ascii("Z");
        }

        /** A non-negative number in exactly {@code width} digits, zero-padded. */
        private void fixed(int value, int width) {
            room(width);
            for (int i = length + width - 1; i >= length; i--) {
                bytes[i] = (byte) ('0' + value % 10);
                value /= 10;
            }
            length += width;
        }
    }
}
