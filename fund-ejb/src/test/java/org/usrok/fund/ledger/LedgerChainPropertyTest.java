package org.usrok.fund.ledger;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Assume;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.Money;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Invariants of entries and of the hash chain, over generated ledgers. */
class LedgerChainPropertyTest {

    private static final List<String> ACCOUNTS = List.of("1100", "1200", "2100", "2200", "3100", "5100");

    @Provide
    Arbitrary<List<JournalLine>> balancedLines() {
        Arbitrary<CurrencyCode> currency = Arbitraries.of(CurrencyCode.class);
        Arbitrary<Long> amount = Arbitraries.longs().between(1, 10_000_000_000L);
        Arbitrary<String> account = Arbitraries.of(ACCOUNTS);
        Arbitrary<List<Long>> splits = amount.list().ofMinSize(1).ofMaxSize(4);
        return Combinators.combine(currency, splits, account, account).as((cur, parts, debitAccount, creditAccount) -> {
            List<JournalLine> lines = new ArrayList<>();
            long total = 0;
            for (long part : parts) {
                lines.add(JournalLine.debit(debitAccount + "-" + cur, Money.ofMinor(part, cur)));
                total += part;
            }
            lines.add(JournalLine.credit(creditAccount + "-" + cur, Money.ofMinor(total, cur)));
            return lines;
        });
    }

    @Provide
    Arbitrary<List<JournalEntryRecord>> chains() {
        return balancedLines().list().ofMinSize(1).ofMaxSize(25).map(LedgerChainPropertyTest::chain);
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
        return chain;
    }

    @Property
    void generatedEntriesBalanceAndChainsVerify(@ForAll("chains") List<JournalEntryRecord> chain) {
        assertThat(chain).allSatisfy(e -> assertThat(e.imbalance()).isEmpty());
        var result = ChainVerifier.verify(chain);
        assertThat(result.ok()).as(result.toString()).isTrue();
        assertThat(result.headHash()).isEqualTo(chain.get(chain.size() - 1).hash());
    }

    @Property
    void balancesEqualTheSumOfLinesAndTheTrialBalanceNetsToZero(@ForAll("chains") List<JournalEntryRecord> chain) {
        Map<CurrencyCode, Long> net = new EnumMap<>(CurrencyCode.class);
        Map<String, Long> byAccount = new java.util.TreeMap<>();
        for (var entry : chain) {
            for (var line : entry.lines()) {
                net.merge(line.amount().currency(), line.signedMinorUnits(), Math::addExact);
                byAccount.merge(line.account(), line.signedMinorUnits(), Math::addExact);
            }
        }
        assertThat(net.values()).allMatch(v -> v == 0);
        for (CurrencyCode currency : CurrencyCode.values()) {
            long sum = byAccount.entrySet().stream().filter(e -> e.getKey().endsWith("-" + currency))
                    .mapToLong(Map.Entry::getValue).sum();
            assertThat(sum).isZero();
        }
    }

    @Property
    void aReversalNetsTheOriginalToZero(@ForAll("balancedLines") List<JournalLine> lines) {
        List<JournalLine> reversal = lines.stream().map(JournalLine::reversed).toList();
        assertThat(JournalEntryRecord.imbalance(reversal)).isEmpty();
        List<JournalLine> both = new ArrayList<>(lines);
        both.addAll(reversal);
        Map<String, Long> perAccount = new java.util.HashMap<>();
        both.forEach(l -> perAccount.merge(l.account(), l.signedMinorUnits(), Long::sum));
        assertThat(perAccount.values()).allMatch(v -> v == 0);
    }

    @Property
    void changingOneAmountIsFoundAtThatEntry(@ForAll("chains") List<JournalEntryRecord> chain,
                                             @ForAll @IntRange(min = 0, max = 24) int pick) {
        int index = pick % chain.size();
        var original = chain.get(index);
        var line = original.lines().get(0);
        var changedLine = new JournalLine(line.account(), line.side(),
                line.amount().plus(Money.ofMinor(1, line.amount().currency())));
        List<JournalLine> lines = new ArrayList<>(original.lines());
        lines.set(0, changedLine);
        List<JournalEntryRecord> tampered = new ArrayList<>(chain);
        tampered.set(index, new JournalEntryRecord(original.sequence(), original.eventId(), original.effectiveDate(),
                original.recordedAt(), original.reference(), original.actor(), original.description(),
                original.reverses(), lines, original.previousHash(), original.hash()));

        var result = ChainVerifier.verify(tampered);
        assertThat(result.ok()).isFalse();
        assertThat(result.firstBadSequence()).isEqualTo(original.sequence());
    }

    @Property
    void deletingAnEntryIsFoundWhereTheGapIs(@ForAll("chains") List<JournalEntryRecord> chain,
                                             @ForAll @IntRange(min = 0, max = 24) int pick) {
        Assume.that(chain.size() >= 2);
        int index = pick % (chain.size() - 1);
        List<JournalEntryRecord> tampered = new ArrayList<>(chain);
        tampered.remove(index);
        var result = ChainVerifier.verify(tampered);
        assertThat(result.ok()).isFalse();
        assertThat(result.firstBadSequence()).isEqualTo(index + 1L);
    }

    @Property
    void aForgedEntryWithARecomputedHashBreaksTheNextLink(@ForAll("chains") List<JournalEntryRecord> chain) {
        Assume.that(chain.size() >= 2);
        var victim = chain.get(0);
        var forged = new JournalEntryRecord(1, "forged", victim.effectiveDate(), victim.recordedAt(), "", "mallory",
                "", null, List.of(JournalLine.debit("5100-USD", Money.ofMinor(100, CurrencyCode.USD)),
                JournalLine.credit("1200-USD", Money.ofMinor(100, CurrencyCode.USD))), null, null)
                .chainedAfter(ChainHash.GENESIS);
        List<JournalEntryRecord> tampered = new ArrayList<>(chain);
        tampered.set(0, forged);
        var result = ChainVerifier.verify(tampered);
        assertThat(result.ok()).isFalse();
        assertThat(result.firstBadSequence()).isEqualTo(2L);
    }

    @Property
    void swappingTwoEntriesIsFound(@ForAll("chains") List<JournalEntryRecord> chain) {
        Assume.that(chain.size() >= 2);
        List<JournalEntryRecord> tampered = new ArrayList<>(chain);
        Collections.swap(tampered, 0, 1);
        var result = ChainVerifier.verify(tampered);
        assertThat(result.ok()).isFalse();
        assertThat(result.firstBadSequence()).isEqualTo(1L);
    }
}
