package org.usrok.fund.bench.ledger;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.usrok.fund.ledger.CanonicalForm;
import org.usrok.fund.ledger.ChainHash;
import org.usrok.fund.ledger.ChainVerifier;
import org.usrok.fund.ledger.JournalEntryRecord;
import org.usrok.fund.ledger.JournalLine;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.Money;

/**
 * B3 (docs/performance.md): verifying a chain of 1,000,000 journal entries with the fund's
 * {@link ChainVerifier} (what "Verify chain" and the offline verifier run once the entries are
 * read) against the raw baseline, SHA-256 chained over the same canonical bytes, computed once in
 * the set-up. Both produce the same head hash (checked in the set-up). Target: the verifier's
 * throughput at least half the raw one.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
public class ChainVerifierBenchmark {

    private static final String[] ACCOUNTS = {"1200-USD", "1200-KRW", "2100-USD", "2100-KRW", "5100-USD", "5100-KRW"};

    @Param({"1000000"})
    public int entries;

    private List<JournalEntryRecord> chain;
    private byte[][] canonical;
    private String head;

    @Setup
    public void setUp() throws NoSuchAlgorithmException {
        Random random = new Random(20261207L);
        chain = new ArrayList<>(entries);
        canonical = new byte[entries][];
        Instant recorded = Instant.parse("2026-01-05T09:00:00.123456Z");
        String previous = ChainHash.GENESIS;
        for (int i = 0; i < entries; i++) {
            long sequence = i + 1;
            boolean usd = random.nextBoolean();
            CurrencyCode currency = usd ? CurrencyCode.USD : CurrencyCode.KRW;
            Money amount = Money.ofMinor(1 + random.nextInt(2_000_000_000), currency);
            int offset = usd ? 0 : 1;
            List<JournalLine> lines = List.of(
                    JournalLine.debit(ACCOUNTS[offset + 2 * random.nextInt(3)], amount),
                    JournalLine.credit(ACCOUNTS[offset + 2 * random.nextInt(3)], amount));
            JournalEntryRecord entry = new JournalEntryRecord(sequence, "event-" + sequence,
                    LocalDate.of(2026, 1, 5).plusDays(i / 1000), recorded.plusMillis(i * 1237L),
                    "round:" + (1 + i % 40), i % 2 == 0 ? "us.officer1" : "kr.officer2",
                    "Contribution receipt " + sequence + " | wire 한미 " + (i % 97), null, lines, null, null)
                    .chainedAfter(previous);
            chain.add(entry);
            canonical[i] = CanonicalForm.of(entry);
            previous = entry.hash();
        }
        head = previous;
        if (!HexFormat.of().formatHex(raw()).equals(head) || !ChainVerifier.verify(chain).ok()) {
            throw new IllegalStateException("the raw baseline and the verifier disagree with the generated chain");
        }
    }

    /** The fund's verifier: canonical form, hash, link and balance of every entry. */
    @Benchmark
    public ChainVerifier.Result verifier() {
        ChainVerifier.Result result = ChainVerifier.verify(chain);
        if (!result.ok() || !head.equals(result.headHash())) {
            throw new IllegalStateException(result.toString());
        }
        return result;
    }

    /** The floor: SHA-256 over the previous hash's 32 bytes and the precomputed canonical bytes, entry by entry. */
    @Benchmark
    public byte[] rawSha256() throws NoSuchAlgorithmException {
        return raw();
    }

    private byte[] raw() throws NoSuchAlgorithmException {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        byte[] previous = new byte[32];
        for (byte[] bytes : canonical) {
            sha256.update(previous);
            sha256.update(bytes);
            previous = sha256.digest();
        }
        return previous;
    }
}
