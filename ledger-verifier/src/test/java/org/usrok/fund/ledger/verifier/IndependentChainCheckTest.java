package org.usrok.fund.ledger.verifier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.usrok.fund.ledger.JournalEntryRecord;
import org.usrok.fund.ledger.verifier.independent.SpecChainCheck;

import java.io.IOException;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The independent chain check ({@link SpecChainCheck}, written from docs/ledger.md) on bundles the
 * application wrote: a real one with every character the canonical form must handle passes it and
 * the application's own checks; each kind of tampering is found by the independent check alone,
 * called on its own, and the command line reports it on its own lines.
 */
class IndependentChainCheckTest {

    private static final KeyPair FUND = AnchoredBundles.newKey();
    private static final List<JournalEntryRecord> CHAIN = TextBundles.chain(false);

    private static Path bundle(Path dir) throws IOException {
        return TextBundles.write(dir.resolve("bundle.zip"), CHAIN, FUND);
    }

    /** The rows of entry {@code sequence}: from its first row to the next entry's (no quoted line starts with a digit). */
    private static String rowsOf(String journal, int sequence) {
        int start = journal.indexOf("\n" + sequence + ",") + 1;
        int next = journal.indexOf("\n" + (sequence + 1) + ",");
        return journal.substring(start, next < 0 ? journal.length() : next + 1);
    }

    @Test
    void aRealBundleWithHangulPipesPercentsAndLineBreaksPassesBothChecks(@TempDir Path dir) throws IOException {
        Path bundle = bundle(dir);
        String journal = TextBundles.journal(bundle);

        SpecChainCheck.Result result = SpecChainCheck.check(bundle, 100);
        InProcessRun run = InProcessRun.of(bundle.toString());

        assertThat(journal).contains("\"한국 정부 출연금\r\n둘째 줄: 100% | 송금\"", "\"correction, \"\"quoted\"\"\nsecond line\r",
                "회차 1|2", "U.S. contribution | wire 100%", "참조%7C");
        assertThat(result.findings()).isEmpty();
        assertThat(result.ok()).isTrue();
        assertThat(result.entries()).isEqualTo(4);
        assertThat(result.headHash()).isEqualTo(CHAIN.get(3).hash());
        assertThat(run.exit()).as(run.out()).isEqualTo(VerifyLedgerBundle.OK);
        assertThat(run.out()).startsWith("OK: 4 entries, head " + CHAIN.get(3).hash()).endsWith(InProcessRun.lines(
                "Independent chain check (from docs/ledger.md, no shared code): 4 entries, head "
                        + CHAIN.get(3).hash() + ": OK"));
    }

    @Test
    void aChangedAmountIsFound(@TempDir Path dir) throws IOException {
        Path bundle = bundle(dir);
        Path tampered = TextBundles.withJournal(bundle, dir.resolve("amount.zip"),
                j -> j.replace(rowsOf(j, 1), rowsOf(j, 1).replace("1000000.00", "1000001.00")));

        SpecChainCheck.Result result = SpecChainCheck.check(tampered, 100);

        assertThat(result.ok()).isFalse();
        assertThat(result.findings()).singleElement().asString().startsWith("journal.csv, entry 1 (line 2): the hash "
                + "recomputed from the documented canonical form is ").endsWith(", not the stored " + CHAIN.get(0).hash());
    }

    @Test
    void aChangedCharacterOfADescriptionIsFound(@TempDir Path dir) throws IOException {
        Path tampered = TextBundles.withJournal(bundle(dir), dir.resolve("description.zip"),
                j -> j.replace("둘째 줄", "둘재 줄"));

        SpecChainCheck.Result result = SpecChainCheck.check(tampered, 100);
        InProcessRun run = InProcessRun.of(tampered.toString());

        assertThat(result.findings()).singleElement().asString().startsWith("journal.csv, entry 2 (line 4): the hash "
                + "recomputed from the documented canonical form is ").endsWith(", not the stored " + CHAIN.get(1).hash());
        assertThat(run.exit()).isEqualTo(VerifyLedgerBundle.PROBLEMS);
        assertThat(run.out()).contains("BAD: journal.csv, entry 2: the hash chain breaks: hash does not match the "
                        + "entry's content" + System.lineSeparator() + "BAD: independent chain check: journal.csv, entry 2 "
                        + "(line 4): the hash recomputed from the documented canonical form is ")
                .endsWith(InProcessRun.lines("Independent chain check (from docs/ledger.md, no shared code): 4 entries, "
                        + "FAILED with 1 problem", "FAILED: 2 problems in " + tampered));
    }

    @Test
    void aRemovedEntryIsFound(@TempDir Path dir) throws IOException {
        Path tampered = TextBundles.withJournal(bundle(dir), dir.resolve("removed.zip"),
                j -> j.replace(rowsOf(j, 2), ""));

        SpecChainCheck.Result result = SpecChainCheck.check(tampered, 100);

        assertThat(result.findings()).containsExactly(
                "journal.csv, entry 3 (line 4): follows entry 1: the sequences are not continuous",
                "journal.csv, entry 3 (line 4): previous_hash " + CHAIN.get(1).hash() + " is not the hash of the "
                        + "entry before, " + CHAIN.get(0).hash(),
                "manifest.txt: entries is 4 but journal.csv holds 3");
    }

    @Test
    void twoSwappedEntriesAreFound(@TempDir Path dir) throws IOException {
        Path tampered = TextBundles.withJournal(bundle(dir), dir.resolve("swapped.zip"),
                j -> j.replace(rowsOf(j, 2) + rowsOf(j, 3), rowsOf(j, 3) + rowsOf(j, 2)));

        SpecChainCheck.Result result = SpecChainCheck.check(tampered, 100);

        assertThat(result.findings()).contains(
                "journal.csv, entry 3 (line 4): follows entry 1: the sequences are not continuous",
                "journal.csv, entry 2 (line 8): follows entry 3: the sequences are not continuous",
                "journal.csv, entry 4 (line 12): follows entry 2: the sequences are not continuous");
        assertThat(result.findings()).noneMatch(f -> f.contains("recomputed"));
    }

    @Test
    void anUnbalancedEntryIsFoundThoughItsHashRecomputes(@TempDir Path dir) throws IOException {
        List<JournalEntryRecord> forged = TextBundles.chain(true);
        Path bundle = TextBundles.write(dir.resolve("unbalanced.zip"), forged, FUND);

        SpecChainCheck.Result result = SpecChainCheck.check(bundle, 100);

        assertThat(result.findings()).containsExactly(
                "journal.csv, entry 4 (line 12): does not balance: its KRW debits minus credits are 1");
        assertThat(result.problems()).isEqualTo(1);
    }

    @Test
    void theFindingsShownAreLimitedButAllAreCounted(@TempDir Path dir) throws IOException {
        Path tampered = TextBundles.withJournal(bundle(dir), dir.resolve("removed.zip"),
                j -> j.replace(rowsOf(j, 2), ""));

        SpecChainCheck.Result result = SpecChainCheck.check(tampered, 1);

        assertThat(result.findings()).hasSize(1);
        assertThat(result.problems()).isEqualTo(3);
        assertThat(result.notShown()).isEqualTo(2);
    }
}
