package org.usrok.fund.ledger;

import org.junit.jupiter.api.Test;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.GeneratedCases;
import org.usrok.fund.shared.Money;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Invariants of entries and of the hash chain, over generated ledgers: {@code fund.property.tries}
 * cases per property (see {@link GeneratedCases}), each ledger 1 to 25 entries (2 to 25 where a
 * property tampers with two entries), each entry 1 to 4 debits of 1 to 10,000,000,000 minor units
 * in one currency and one credit of their total.
 */
class LedgerChainPropertyTest {

    private static final List<String> ACCOUNTS = List.of("1100", "1200", "2100", "2200", "3100", "5100");

    /** One balanced entry's lines: 1 to 4 debits to one account, one credit of their total to another. */
    static List<JournalLine> balancedLines(Random random) {
        CurrencyCode currency = GeneratedCases.oneOf(random, CurrencyCode.values());
        String debitAccount = GeneratedCases.oneOf(random, ACCOUNTS) + "-" + currency;
        String creditAccount = GeneratedCases.oneOf(random, ACCOUNTS) + "-" + currency;
        int parts = GeneratedCases.intBetween(random, 1, 4);
        List<JournalLine> lines = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < parts; i++) {
            long part = GeneratedCases.longBetween(random, 1, 10_000_000_000L);
            lines.add(JournalLine.debit(debitAccount, Money.ofMinor(part, currency)));
            total += part;
        }
        lines.add(JournalLine.credit(creditAccount, Money.ofMinor(total, currency)));
        return List.copyOf(lines);
    }

    /** A generated ledger; its toString lists each entry's lines, not its hashes. */
    record Chain(List<JournalEntryRecord> entries) {

        JournalEntryRecord last() {
            return entries.get(entries.size() - 1);
        }

        @Override
        public String toString() {
            return entries.size() + " entries: " + entries.stream()
                    .map(e -> "#" + e.sequence() + " " + describe(e.lines()))
                    .collect(Collectors.joining("; "));
        }
    }

    /** A generated ledger and the index (0-based) of the entry a property tampers with. */
    record ChainAndIndex(Chain chain, int index) {

        @Override
        public String toString() {
            return "entry at index " + index + " (sequence " + (index + 1) + ") of " + chain;
        }
    }

    static String describe(List<JournalLine> lines) {
        return lines.stream().map(l -> l.side().code() + " " + l.account() + " " + l.amount().amount().toPlainString())
                .collect(Collectors.joining(", ", "[", "]"));
    }

    static Chain chain(Random random, int minSize) {
        int size = GeneratedCases.intBetween(random, minSize, 25);
        List<List<JournalLine>> entries = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            entries.add(balancedLines(random));
        }
        return new Chain(chain(entries));
    }

    static Chain chains(Random random) {
        return chain(random, 1);
    }

    static Chain chainsOfTwoOrMore(Random random) {
        return chain(random, 2);
    }

    static List<JournalEntryRecord> chain(List<List<JournalLine>> entries) {
        List<JournalEntryRecord> chain = new ArrayList<>();
        String previous = ChainHash.GENESIS;
        long sequence = 1;
        for (List<JournalLine> lines : entries) {
            var entry = new JournalEntryRecord(sequence, "event-" + sequence, LocalDate.of(2026, 11, 28),
                    Instant.parse("2026-11-28T10:00:00Z").plusSeconds(sequence), "round-1|batch%7", "officer.us1",
                    "contribution\nreceived", null, lines, null, null).chainedAfter(previous);
            chain.add(entry);
            previous = entry.hash();
            sequence++;
        }
        return List.copyOf(chain);
    }

    @Test
    void generatedEntriesBalanceAndChainsVerify() {
        GeneratedCases.check("generated entries balance and chains verify", GeneratedCases.tries(), 0x1ED6E0_0001_0000L,
                LedgerChainPropertyTest::chains, c -> {
                    assertThat(c.entries()).allSatisfy(e -> assertThat(e.imbalance()).isEmpty());
                    var result = ChainVerifier.verify(c.entries());
                    assertThat(result.ok()).as(result.toString()).isTrue();
                    assertThat(result.headHash()).isEqualTo(c.last().hash());
                });
    }

    @Test
    void balancesEqualTheSumOfLinesAndTheTrialBalanceNetsToZero() {
        GeneratedCases.check("balances equal the sums of lines and the trial balance nets to zero",
                GeneratedCases.tries(), 0x1ED6E0_0002_0000L, LedgerChainPropertyTest::chains, c -> {
                    Map<CurrencyCode, Long> net = new EnumMap<>(CurrencyCode.class);
                    Map<String, Long> byAccount = new java.util.TreeMap<>();
                    for (var entry : c.entries()) {
                        for (var line : entry.lines()) {
                            net.merge(line.amount().currency(), line.signedMinorUnits(), Math::addExact);
                            byAccount.merge(line.account(), line.signedMinorUnits(), Math::addExact);
                        }
                    }
                    assertThat(net.values()).allMatch(v -> v == 0);
                    for (CurrencyCode currency : CurrencyCode.values()) {
                        long sum = byAccount.entrySet().stream().filter(e -> e.getKey().endsWith("-" + currency))
                                .mapToLong(Map.Entry::getValue).sum();
                        assertThat(sum).as("the %s accounts' balances", currency).isZero();
                    }
                });
    }

    @Test
    void aReversalNetsTheOriginalToZero() {
        GeneratedCases.check("a reversal nets the original to zero", GeneratedCases.tries(), 0x1ED6E0_0003_0000L,
                LedgerChainPropertyTest::balancedLines, (List<JournalLine> lines) -> {
                    List<JournalLine> reversal = lines.stream().map(JournalLine::reversed).toList();
                    assertThat(JournalEntryRecord.imbalance(reversal)).isEmpty();
                    List<JournalLine> both = new ArrayList<>(lines);
                    both.addAll(reversal);
                    Map<String, Long> perAccount = new java.util.HashMap<>();
                    both.forEach(l -> perAccount.merge(l.account(), l.signedMinorUnits(), Long::sum));
                    assertThat(perAccount.values()).allMatch(v -> v == 0);
                });
    }

    @Test
    void changingOneAmountIsFoundAtThatEntry() {
        GeneratedCases.check("changing one amount is found at that entry", GeneratedCases.tries(), 0x1ED6E0_0004_0000L,
                random -> {
                    Chain chain = chains(random);
                    return new ChainAndIndex(chain, GeneratedCases.intBetween(random, 0, chain.entries().size() - 1));
                }, c -> {
                    var original = c.chain().entries().get(c.index());
                    var line = original.lines().get(0);
                    var changedLine = new JournalLine(line.account(), line.side(),
                            line.amount().plus(Money.ofMinor(1, line.amount().currency())));
                    List<JournalLine> lines = new ArrayList<>(original.lines());
                    lines.set(0, changedLine);
                    List<JournalEntryRecord> tampered = new ArrayList<>(c.chain().entries());
                    tampered.set(c.index(), new JournalEntryRecord(original.sequence(), original.eventId(),
                            original.effectiveDate(), original.recordedAt(), original.reference(), original.actor(),
                            original.description(), original.reverses(), lines, original.previousHash(),
                            original.hash()));

                    var result = ChainVerifier.verify(tampered);
                    assertThat(result.ok()).isFalse();
                    assertThat(result.firstBadSequence()).isEqualTo(original.sequence());
                });
    }

    @Test
    void deletingAnEntryIsFoundWhereTheGapIs() {
        // any entry but the last: a ledger cut short is not a gap (the published head hash finds that)
        GeneratedCases.check("deleting an entry is found where the gap is", GeneratedCases.tries(), 0x1ED6E0_0005_0000L,
                random -> {
                    Chain chain = chainsOfTwoOrMore(random);
                    return new ChainAndIndex(chain, GeneratedCases.intBetween(random, 0, chain.entries().size() - 2));
                }, c -> {
                    List<JournalEntryRecord> tampered = new ArrayList<>(c.chain().entries());
                    tampered.remove(c.index());
                    var result = ChainVerifier.verify(tampered);
                    assertThat(result.ok()).isFalse();
                    assertThat(result.firstBadSequence()).isEqualTo(c.index() + 1L);
                });
    }

    @Test
    void aForgedEntryWithARecomputedHashBreaksTheNextLink() {
        GeneratedCases.check("a forged entry with a recomputed hash breaks the next link", GeneratedCases.tries(),
                0x1ED6E0_0006_0000L, LedgerChainPropertyTest::chainsOfTwoOrMore, c -> {
                    var victim = c.entries().get(0);
                    var forged = new JournalEntryRecord(1, "forged", victim.effectiveDate(), victim.recordedAt(), "",
                            "mallory", "", null, List.of(
                                    JournalLine.debit("5100-USD", Money.ofMinor(100, CurrencyCode.USD)),
                                    JournalLine.credit("1200-USD", Money.ofMinor(100, CurrencyCode.USD))), null, null)
                            .chainedAfter(ChainHash.GENESIS);
                    List<JournalEntryRecord> tampered = new ArrayList<>(c.entries());
                    tampered.set(0, forged);
                    var result = ChainVerifier.verify(tampered);
                    assertThat(result.ok()).isFalse();
                    assertThat(result.firstBadSequence()).isEqualTo(2L);
                });
    }

    @Test
    void swappingTwoEntriesIsFound() {
        GeneratedCases.check("swapping two entries is found", GeneratedCases.tries(), 0x1ED6E0_0007_0000L,
                LedgerChainPropertyTest::chainsOfTwoOrMore, c -> {
                    List<JournalEntryRecord> tampered = new ArrayList<>(c.entries());
                    Collections.swap(tampered, 0, 1);
                    var result = ChainVerifier.verify(tampered);
                    assertThat(result.ok()).isFalse();
                    assertThat(result.firstBadSequence()).isEqualTo(1L);
                });
    }
}
