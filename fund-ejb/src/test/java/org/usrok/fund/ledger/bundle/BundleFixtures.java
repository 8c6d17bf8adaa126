package org.usrok.fund.ledger.bundle;

import org.usrok.fund.exchange.RateSource;
import org.usrok.fund.ledger.AccountKind;
import org.usrok.fund.ledger.ChainHash;
import org.usrok.fund.ledger.JournalEntryRecord;
import org.usrok.fund.ledger.JournalLine;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small ledger for the bundle tests: the fund's chart of accounts, five chained entries in
 * both currencies, with a reversal and descriptions that need CSV quoting (comma, quote, LF,
 * CR LF, Korean text), and two recorded exchange rates.
 */
final class BundleFixtures {

    static final Instant GENERATED_AT = Instant.parse("2026-11-30T18:00:00.250000Z");

    private BundleFixtures() {
    }

    static List<BundleAccount> chart() {
        return List.of(
                account("1100-USD", "Contributions receivable - U.S. Government", AccountKind.ASSET),
                account("1110-KRW", "Contributions receivable - ROK Government", AccountKind.ASSET),
                account("1200-USD", "Fund cash (USD)", AccountKind.ASSET),
                account("1200-KRW", "Fund cash (KRW)", AccountKind.ASSET),
                account("2100-USD", "Committed allocations - obligations (USD)", AccountKind.LIABILITY),
                account("2100-KRW", "Committed allocations - obligations (KRW)", AccountKind.LIABILITY),
                account("3100-USD", "Government contributions - U.S. Government", AccountKind.NET_ASSETS),
                account("3110-KRW", "Government contributions - ROK Government", AccountKind.NET_ASSETS),
                account("5100-USD", "Allocations to companies (USD)", AccountKind.EXPENSE),
                account("5100-KRW", "Allocations to companies (KRW)", AccountKind.EXPENSE));
    }

    private static BundleAccount account(String code, String name, AccountKind kind) {
        return new BundleAccount(code, name, kind, CurrencyCode.valueOf(code.substring(5)));
    }

    static Money usd(String amount) {
        return Money.of(amount, CurrencyCode.USD);
    }

    static Money krw(String amount) {
        return Money.of(amount, CurrencyCode.KRW);
    }

    /** The unchained entries; {@link #chain(List)} numbers and hashes them. */
    static List<JournalEntryRecord> entries() {
        List<JournalLine> allocation = List.of(JournalLine.debit("5100-USD", usd("250000.00")),
                JournalLine.credit("2100-USD", usd("250000.00")), JournalLine.debit("5100-KRW", krw("325000000")),
                JournalLine.credit("2100-KRW", krw("325000000")));
        return List.of(
                entry("contribution-receipt-US-1", "round 1", "U.S. contribution, wire \"A-1\"", null,
                        List.of(JournalLine.debit("1200-USD", usd("1000000.00")),
                                JournalLine.credit("1100-USD", usd("1000000.00")))),
                entry("contribution-receipt-KR-1", "round 1", "한국 정부 출연금\n2차 송금", null,
                        List.of(JournalLine.debit("1200-KRW", krw("1300000000")),
                                JournalLine.credit("1110-KRW", krw("1300000000")))),
                entry("allocation-7", "round 1|batch 7", "allocation 100%", null, allocation),
                entry("allocation-7-reversal", "round 1|batch 7", "reversal: wrong round", 3L,
                        allocation.stream().map(JournalLine::reversed).toList()),
                entry("contribution-pledge-US-2", "", "line one\r\nline two", null,
                        List.of(JournalLine.debit("1100-USD", usd("0.01")),
                                JournalLine.credit("3100-USD", usd("0.01")))));
    }

    static JournalEntryRecord entry(String event, String reference, String description, Long reverses,
                                    List<JournalLine> lines) {
        return new JournalEntryRecord(0, event, LocalDate.of(2026, 11, 28), Instant.parse("2026-11-28T09:30:00Z"),
                reference, "us.officer1", description, reverses, lines, null, null);
    }

    /** The entries numbered from 1 and hash-chained from GENESIS, each recorded a little later. */
    static List<JournalEntryRecord> chain(List<JournalEntryRecord> entries) {
        List<JournalEntryRecord> chain = new ArrayList<>();
        String previous = ChainHash.GENESIS;
        long sequence = 1;
        for (JournalEntryRecord e : entries) {
            JournalEntryRecord chained = new JournalEntryRecord(sequence, e.eventId(), e.effectiveDate(),
                    e.recordedAt().plusSeconds(sequence * 61).plusNanos(sequence * 123_456_000L), e.reference(),
                    e.actor(), e.description(), e.reverses(), e.lines(), null, null).chainedAfter(previous);
            chain.add(chained);
            previous = chained.hash();
            sequence++;
        }
        return chain;
    }

    static List<JournalEntryRecord> chain() {
        return chain(entries());
    }

    /**
     * USD/KRW 1385.20 from the Bank of Korea (id 17, with a reference that needs quoting) and a
     * KRW/USD rate of the Federal Reserve without reference (id 18).
     */
    static List<BundleExchangeRate> rates() {
        return List.of(
                new BundleExchangeRate(17, CurrencyCode.USD, CurrencyCode.KRW, new BigDecimal("1385.20"),
                        LocalDate.of(2026, 11, 20), RateSource.BANK_OF_KOREA_ECOS, "ECOS 731Y001, \"매매기준율\"",
                        "kr.officer1", Instant.parse("2026-11-20T06:15:00.123456Z")),
                new BundleExchangeRate(18, CurrencyCode.KRW, CurrencyCode.USD, new BigDecimal("0.00072202"),
                        LocalDate.of(2026, 11, 23), RateSource.FEDERAL_RESERVE_H10, null, "us.officer1",
                        Instant.parse("2026-11-23T17:00:00Z")));
    }

    /** A bundle of these entries and rates whose balances are the sums of their lines. */
    static LedgerBundle bundle(List<JournalEntryRecord> chain) {
        return new LedgerBundle(GENERATED_AT, "auditor", chart(), chain, BundleBalance.fromJournal(chart(), chain),
                List.of(), rates());
    }

    /**
     * The {@code money-records.csv} rows a consistent export holds for the {@code round-<id>-allocation}
     * entries of {@code chain}: one ALLOCATION_COMMITMENT row per debit and credit pair.
     */
    private static final Pattern ALLOCATION = Pattern.compile("round-([0-9]+)-allocation");

    static List<BundleMoneyRecord> allocationRecords(List<JournalEntryRecord> chain) {
        List<BundleMoneyRecord> records = new ArrayList<>();
        for (JournalEntryRecord e : chain) {
            Matcher round = ALLOCATION.matcher(e.eventId());
            if (!round.matches()) {
                continue;
            }
            for (int k = 0; k + 1 < e.lines().size(); k += 2) {
                records.add(new BundleMoneyRecord("ALLOCATION_COMMITMENT", Long.parseLong(round.group(1)), e.sequence(),
                        e.eventId(), e.effectiveDate(), e.lines().get(k).amount(), e.lines().get(k).account(), k + 1,
                        e.lines().get(k + 1).account(), k + 2));
            }
        }
        return records;
    }

    static LedgerBundle bundle() {
        return bundle(chain());
    }

    static byte[] bytes() {
        return LedgerBundleWriter.toBytes(bundle());
    }
}
