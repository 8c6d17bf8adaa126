package org.usrok.fund.ledger;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
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

    private CanonicalForm() {
    }

    public static byte[] of(JournalEntryRecord entry) {
        StringBuilder s = new StringBuilder(256);
        s.append(VERSION).append('\n');
        s.append("sequence:").append(entry.sequence()).append('\n');
        s.append("event:").append(escape(entry.eventId())).append('\n');
        s.append("effective:").append(entry.effectiveDate()).append('\n');
        s.append("recorded:").append(instant(entry.recordedAt())).append('\n');
        s.append("reference:").append(escape(entry.reference())).append('\n');
        s.append("actor:").append(escape(entry.actor())).append('\n');
        s.append("description:").append(escape(entry.description())).append('\n');
        s.append("reverses:").append(entry.reverses() == null ? "-" : entry.reverses().toString()).append('\n');
        int number = 1;
        for (JournalLine line : entry.lines()) {
            s.append("line:").append(number++).append('|').append(escape(line.account())).append('|')
                    .append(line.side().code()).append('|').append(line.amount().currency()).append('|')
                    .append(line.amount().amount().toPlainString()).append('\n');
        }
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * An instant as the canonical form writes it: UTC with exactly six fraction digits, e.g.
     * {@code 2026-11-28T09:30:00.123456Z}. The export bundle uses the same text, so an auditor
     * can copy it into a canonical form unchanged.
     */
    public static String instant(Instant instant) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC);
        if (t.getYear() < 1000 || t.getYear() > 9999) {
            return INSTANT.format(instant);
        }
        // the pattern above, written by hand: the formatter was a third of the verifier's time (B3)
        char[] out = new char[27];
        digits(out, 0, t.getYear(), 4);
        out[4] = '-';
        digits(out, 5, t.getMonthValue(), 2);
        out[7] = '-';
        digits(out, 8, t.getDayOfMonth(), 2);
        out[10] = 'T';
        digits(out, 11, t.getHour(), 2);
        out[13] = ':';
        digits(out, 14, t.getMinute(), 2);
        out[16] = ':';
        digits(out, 17, t.getSecond(), 2);
        out[19] = '.';
        digits(out, 20, instant.getNano() / 1000, 6);
        out[26] = 'Z';
        return new String(out);
    }

    private static void digits(char[] out, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            out[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    static String escape(String text) {
        if (text.indexOf('%') < 0 && text.indexOf('|') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '%' -> out.append("%25");
                case '|' -> out.append("%7C");
                case '\n' -> out.append("%0A");
                case '\r' -> out.append("%0D");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
