package org.usrok.fund.ledger;

import org.junit.jupiter.api.Test;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.Money;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Locale;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The canonical form and hash of docs/ledger.md's worked example, byte for byte. */
class CanonicalFormTest {

    static JournalEntryRecord example() {
        return new JournalEntryRecord(1, "contribution-receipt-US-1", LocalDate.of(2026, 11, 28),
                Instant.parse("2026-11-28T09:30:00.123456Z"), "round 1", "us.officer1", "U.S. contribution | wire 100%",
                null, List.of(JournalLine.debit("1200-USD", Money.of("1000000.00", CurrencyCode.USD)),
                JournalLine.credit("1100-USD", Money.of("1000000.00", CurrencyCode.USD))), null, null)
                .chainedAfter(ChainHash.GENESIS);
    }

    @Test
    void canonicalFormIsTheDocumentedText() {
        assertThat(new String(CanonicalForm.of(example()), StandardCharsets.UTF_8)).isEqualTo("""
                fund-ledger-entry-v1
                sequence:1
                event:contribution-receipt-US-1
                effective:2026-11-28
                recorded:2026-11-28T09:30:00.123456Z
                reference:round 1
                actor:us.officer1
                description:U.S. contribution %7C wire 100%25
                reverses:-
                line:1|1200-USD|D|USD|1000000.00
                line:2|1100-USD|C|USD|1000000.00
                """);
    }

    @Test
    void hashIsSha256OfThePreviousHashBytesAndTheCanonicalBytes() {
        assertThat(example().hash())
                .isEqualTo(ChainHash.of(ChainHash.GENESIS, CanonicalForm.of(example())))
                .hasSize(64)
                .isEqualTo(DocumentedExample.HASH);
    }

    @Test
    void wonHaveNoDecimalsAndLinesRefuseNonPositiveAmounts() {
        var line = JournalLine.debit("1200-KRW", Money.of("1300000000", CurrencyCode.KRW));
        assertThat(line.amount().amount().toPlainString()).isEqualTo("1300000000");
        assertThatIllegalArgumentException().isThrownBy(() -> JournalLine.debit("1200-KRW", Money.zero(CurrencyCode.KRW)));
    }

    @Test
    void unbalancedAndMixedCurrencyEntriesAreNamed() {
        assertThat(JournalEntryRecord.imbalance(List.of(JournalLine.debit("1200-USD", Money.of("1.00", CurrencyCode.USD)),
                JournalLine.credit("1100-KRW", Money.of("1", CurrencyCode.KRW))))).isPresent();
        assertThat(JournalEntryRecord.imbalance(List.of(JournalLine.debit("1200-USD", Money.of("1.00", CurrencyCode.USD)),
                JournalLine.credit("1100-USD", Money.of("0.99", CurrencyCode.USD)))))
                .hasValue("USD debits and credits differ by 1 minor units");
        assertThat(JournalEntryRecord.imbalance(List.of(JournalLine.debit("1200-USD", Money.of("1.00", CurrencyCode.USD)))))
                .isPresent();
    }

    @Test
    void instantsAreWrittenAsThePatternWritesThem() {
        DateTimeFormatter pattern = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'", Locale.ROOT)
                .withZone(ZoneOffset.UTC);
        for (String text : List.of("1970-01-01T00:00:00Z", "2026-11-28T09:30:00.123456789Z", "2026-02-28T23:59:59.999999Z",
                "2028-02-29T00:00:00.000001Z", "1000-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z",
                "0999-12-31T23:59:59.5Z", "+10000-01-01T00:00:00Z", "1969-12-31T23:59:59.000001Z")) {
            Instant instant = Instant.parse(text);
            assertThat(CanonicalForm.instant(instant)).as(text).isEqualTo(pattern.format(instant));
        }
    }

    @Test
    void writerWritesWhatTheTextEncodesForAwkwardEntries() {
        List<String> texts = List.of("", "plain", "100% | a\r\nb", "한미 wire", "café ß", "\u0000\u007f\u0080\u07ff\u0800\uffff",
                "emoji 😀 | 100%", "lone high \ud800 then text", "lone low \udc00|", "pair then lone 😀\ud83d", "%%||\n\n");
        List<Long> sequences = List.of(1L, 0L, -1L, 42L, Long.MAX_VALUE, Long.MIN_VALUE, 1_000_000L);
        List<Long> reverses = Arrays.asList(null, 7L, -3L, Long.MIN_VALUE, Long.MAX_VALUE);
        List<LocalDate> dates = List.of(LocalDate.of(2026, 11, 28), LocalDate.of(999, 12, 31), LocalDate.of(10000, 1, 1),
                LocalDate.of(-5, 3, 1), LocalDate.of(0, 1, 1), LocalDate.of(1000, 1, 1), LocalDate.of(9999, 12, 31));
        List<Instant> instants = List.of(Instant.parse("2026-11-28T09:30:00.123456Z"), Instant.parse("1970-01-01T00:00:00Z"),
                Instant.parse("0999-12-31T23:59:59.5Z"), Instant.parse("+10000-01-01T00:00:00Z"),
                Instant.parse("1969-12-31T23:59:59.000001Z"), Instant.parse("9999-12-31T23:59:59.999999Z"),
                Instant.parse("-0001-06-30T12:00:00Z"));
        List<Money> amounts = List.of(Money.of("0.01", CurrencyCode.USD), Money.of("0.10", CurrencyCode.USD),
                Money.of("1000000.00", CurrencyCode.USD), Money.of("9999999999999999.99", CurrencyCode.USD),
                Money.of("10000000000000000.00", CurrencyCode.USD), Money.of("123456789012345678901234567890.12", CurrencyCode.USD),
                Money.of("1", CurrencyCode.KRW), Money.of("999999999999999999", CurrencyCode.KRW),
                Money.of("1000000000000000000", CurrencyCode.KRW), Money.of("9223372036854775807", CurrencyCode.KRW),
                Money.of("1E+3", CurrencyCode.KRW), Money.of("5E+1", CurrencyCode.USD));
        List<JournalEntryRecord> entries = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            List<JournalLine> lines = new ArrayList<>();
            for (int k = 0; k <= i % 5; k++) {
                lines.add(new JournalLine(texts.get((i + k) % texts.size()) + "-1200", Side.values()[k % 2],
                        amounts.get((i + 3 * k) % amounts.size())));
            }
            entries.add(new JournalEntryRecord(sequences.get(i % sequences.size()), texts.get(i % texts.size()),
                    dates.get(i % dates.size()), instants.get(i % instants.size()), texts.get((i + 1) % texts.size()),
                    texts.get((i + 2) % texts.size()) + "x", texts.get((i + 3) % texts.size()),
                    reverses.get(i % reverses.size()), lines, null, null));
            if (i == 10) {
                // longer than the writer's first buffer, and followed by short ones written into the same buffer
                List<JournalLine> many = new ArrayList<>();
                for (int k = 0; k < 40; k++) {
                    many.add(new JournalLine("한미 account " + k, Side.DEBIT, amounts.get(k % amounts.size())));
                }
                entries.add(new JournalEntryRecord(7, "long".repeat(300), LocalDate.of(2026, 1, 1),
                        Instant.parse("2026-01-01T00:00:00Z"), "", "x", "😀".repeat(200), null, many, null, null));
            }
        }
        CanonicalForm.Writer writer = new CanonicalForm.Writer();
        for (JournalEntryRecord entry : entries) {
            byte[] expected = asText(entry).getBytes(StandardCharsets.UTF_8);
            int length = writer.write(entry);
            assertThat(Arrays.copyOf(writer.bytes(), length)).as(asText(entry)).isEqualTo(expected);
            assertThat(CanonicalForm.of(entry)).isEqualTo(expected);
        }
    }

    /** The canonical form as docs/ledger.md words it, built as text, independently of {@link CanonicalForm}. */
    private static String asText(JournalEntryRecord entry) {
        DateTimeFormatter instant = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'", Locale.ROOT)
                .withZone(ZoneOffset.UTC);
        StringBuilder s = new StringBuilder("fund-ledger-entry-v1\n")
                .append("sequence:").append(entry.sequence()).append('\n')
                .append("event:").append(percentEncoded(entry.eventId())).append('\n')
                .append("effective:").append(entry.effectiveDate()).append('\n')
                .append("recorded:").append(instant.format(entry.recordedAt())).append('\n')
                .append("reference:").append(percentEncoded(entry.reference())).append('\n')
                .append("actor:").append(percentEncoded(entry.actor())).append('\n')
                .append("description:").append(percentEncoded(entry.description())).append('\n')
                .append("reverses:").append(entry.reverses() == null ? "-" : entry.reverses()).append('\n');
        for (int k = 0; k < entry.lines().size(); k++) {
            JournalLine line = entry.lines().get(k);
            s.append("line:").append(k + 1).append('|').append(percentEncoded(line.account())).append('|')
                    .append(line.side() == Side.DEBIT ? "D" : "C").append('|').append(line.amount().currency().name())
                    .append('|').append(line.amount().amount().toPlainString()).append('\n');
        }
        return s.toString();
    }

    private static String percentEncoded(String text) {
        return text.replace("%", "%25").replace("|", "%7C").replace("\n", "%0A").replace("\r", "%0D");
    }

    /** The hash printed in docs/ledger.md, computed independently with sha256sum. */
    static final class DocumentedExample {
        static final String HASH = "228af64d1140e34fb43eb23346054923efa092c2dd301ecd1650daec5040f085";
    }
}
