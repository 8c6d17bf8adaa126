package org.usrok.fund.ledger;

import org.junit.jupiter.api.Test;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.Money;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
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

    /** The hash printed in docs/ledger.md, computed independently with sha256sum. */
    static final class DocumentedExample {
        static final String HASH = "228af64d1140e34fb43eb23346054923efa092c2dd301ecd1650daec5040f085";
    }
}
