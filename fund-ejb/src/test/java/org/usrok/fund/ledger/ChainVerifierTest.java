package org.usrok.fund.ledger;

import org.junit.jupiter.api.Test;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.Money;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** What the verifier reports for stored hashes that are not exactly the recomputed ones, and for changed text. */
class ChainVerifierTest {

    private static List<JournalEntryRecord> chain(String description) {
        List<JournalEntryRecord> chain = new ArrayList<>();
        String previous = ChainHash.GENESIS;
        for (long sequence = 1; sequence <= 3; sequence++) {
            JournalEntryRecord entry = new JournalEntryRecord(sequence, "event-" + sequence, LocalDate.of(2026, 12, 7),
                    Instant.parse("2026-12-07T10:00:00.000001Z").plusSeconds(sequence), "round:1", "kr.officer2",
                    description + " " + sequence, null, List.of(
                            JournalLine.debit("1200-KRW", Money.ofMinor(1_300_000 * sequence, CurrencyCode.KRW)),
                            JournalLine.credit("1100-KRW", Money.ofMinor(1_300_000 * sequence, CurrencyCode.KRW))),
                    null, null).chainedAfter(previous);
            chain.add(entry);
            previous = entry.hash();
        }
        return chain;
    }

    private static JournalEntryRecord withHash(JournalEntryRecord e, String hash) {
        return new JournalEntryRecord(e.sequence(), e.eventId(), e.effectiveDate(), e.recordedAt(), e.reference(),
                e.actor(), e.description(), e.reverses(), e.lines(), e.previousHash(), hash);
    }

    @Test
    void aChainVerifiesToItsHead() {
        List<JournalEntryRecord> chain = chain("송금 | 100%");
        assertThat(ChainVerifier.verify(chain)).isEqualTo(new ChainVerifier.Result(true, 3, chain.get(2).hash(), null, null));
    }

    @Test
    void aStoredHashInAnotherSpellingOrLengthDoesNotMatch() {
        String hash = chain("wire").get(1).hash();
        for (String stored : new String[] {hash.toUpperCase(Locale.ROOT), hash.substring(1), hash + "0", null,
                hash.substring(0, 63) + (hash.charAt(63) == '0' ? '1' : '0')}) {
            List<JournalEntryRecord> chain = chain("wire");
            chain.set(1, withHash(chain.get(1), stored));
            assertThat(ChainVerifier.verify(chain)).as(stored)
                    .isEqualTo(new ChainVerifier.Result(false, 3, null, 2L, "hash does not match the entry's content"));
        }
    }

    @Test
    void oneChangedHangulCharacterIsFound() {
        List<JournalEntryRecord> chain = chain("한미 송금");
        JournalEntryRecord e = chain.get(2);
        chain.set(2, new JournalEntryRecord(e.sequence(), e.eventId(), e.effectiveDate(), e.recordedAt(), e.reference(),
                e.actor(), e.description().replace('송', (char) ('송' + 1)), e.reverses(), e.lines(), e.previousHash(), e.hash()));
        assertThat(ChainVerifier.verify(chain).firstBadSequence()).isEqualTo(3L);
    }

    @Test
    void anUnbalancedEntryIsNamedWithItsCurrency() {
        List<JournalEntryRecord> chain = chain("wire");
        JournalEntryRecord e = chain.get(0);
        JournalEntryRecord unbalanced = new JournalEntryRecord(1, e.eventId(), e.effectiveDate(), e.recordedAt(),
                e.reference(), e.actor(), e.description(), null, List.of(
                        JournalLine.debit("1200-USD", Money.of("1.00", CurrencyCode.USD)),
                        JournalLine.credit("1100-USD", Money.of("1.00", CurrencyCode.USD)),
                        JournalLine.debit("1200-KRW", Money.of("5", CurrencyCode.KRW))), null, null)
                .chainedAfter(ChainHash.GENESIS);
        assertThat(ChainVerifier.verify(List.of(unbalanced)))
                .isEqualTo(new ChainVerifier.Result(false, 1, null, 1L, "does not balance: KRW debits and credits differ by 5 minor units"));
    }
}
