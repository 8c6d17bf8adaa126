package org.usrok.fund.ledger;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
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
            Locale.ROOT).withZone(java.time.ZoneOffset.UTC);

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
        return INSTANT.format(instant);
    }

    static String escape(String text) {
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
