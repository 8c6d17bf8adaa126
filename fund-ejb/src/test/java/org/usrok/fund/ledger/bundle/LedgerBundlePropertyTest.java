package org.usrok.fund.ledger.bundle;

import org.junit.jupiter.api.Test;
import org.usrok.fund.ledger.JournalEntryRecord;
import org.usrok.fund.ledger.JournalLine;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.GeneratedCases;
import org.usrok.fund.shared.Money;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over generated ledgers whose text is full of CSV and canonical-form special characters
 * (comma, quote, CR, LF, {@code |}, {@code %}, Korean): the bundle reads back exactly and
 * verifies, and changing any single character of {@code journal.csv}, even with the manifest's
 * SHA-256 recomputed, is always caught. {@code fund.property.tries} cases per property (see
 * {@link GeneratedCases}; 300 and 500 before).
 */
class LedgerBundlePropertyTest {

    private static final String SPECIAL = ",\"\r\n|% aZ9é한-";
    private static final String REPLACEMENTS = SPECIAL + "0123456789abcdefDC.";

    /** The generated fields of one entry: event id, reference, description, currency and amount. */
    record Entry(String eventId, String reference, String description, CurrencyCode currency, long minorUnits) {

        JournalEntryRecord unchained() {
            Money amount = Money.ofMinor(minorUnits, currency);
            return BundleFixtures.entry(eventId, reference, description, null,
                    List.of(JournalLine.debit("1200-" + currency, amount),
                            JournalLine.credit(currency == CurrencyCode.USD ? "1100-USD" : "1110-KRW", amount)));
        }

        @Override
        public String toString() {
            return "event " + quote(eventId) + ", reference " + quote(reference) + ", description "
                    + quote(description) + ", " + currency + " " + minorUnits + " minor units";
        }
    }

    /** A generated ledger: the entries' fields and the chain made of them. */
    record Ledger(List<Entry> entries, List<JournalEntryRecord> chain) {

        static Ledger of(List<Entry> entries) {
            return new Ledger(entries, BundleFixtures.chain(entries.stream().map(Entry::unchained).toList()));
        }

        @Override
        public String toString() {
            return entries.size() + " entries: " + entries.stream().map(Entry::toString)
                    .collect(Collectors.joining("; "));
        }
    }

    /** A generated ledger's bundle with one character of {@code journal.csv} to change. */
    record Change(Ledger ledger, byte[] zip, String journal, int at, char replacement) {

        @Override
        public String toString() {
            int lineStart = journal.lastIndexOf('\n', at - 1) + 1;
            int lineEnd = journal.indexOf('\n', at);
            String line = journal.substring(lineStart, lineEnd < 0 ? journal.length() : lineEnd + 1);
            return "journal.csv character " + at + " " + quote(String.valueOf(journal.charAt(at))) + " changed to "
                    + quote(String.valueOf(replacement)) + ", in the text line " + quote(line) + "; ledger of "
                    + ledger;
        }
    }

    /** Java-style quoting, so CR, LF and quotes are visible in a failure message. */
    static String quote(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\r", "\\r").replace("\n", "\\n")
                + '"';
    }

    static String text(Random random, int minLength) {
        int length = GeneratedCases.intBetween(random, minLength, 8);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(SPECIAL.charAt(random.nextInt(SPECIAL.length())));
        }
        return text.toString();
    }

    /** 1 to 8 entries, each text 0 to 8 special characters (the event id at least 1). */
    static Ledger ledgers(Random random) {
        int size = GeneratedCases.intBetween(random, 1, 8);
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            entries.add(new Entry(text(random, 1), text(random, 0), text(random, 0),
                    GeneratedCases.oneOf(random, CurrencyCode.values()),
                    GeneratedCases.longBetween(random, 1, 1_000_000_000_000L)));
        }
        return Ledger.of(entries);
    }

    static Change changes(Random random) {
        Ledger ledger = ledgers(random);
        byte[] zip = LedgerBundleWriter.toBytes(BundleFixtures.bundle(ledger.chain()));
        String journal = BundleEdit.of(zip).text("journal.csv");
        int at = GeneratedCases.intBetween(random, 0, journal.length() - 1);
        char replacement;
        do {
            replacement = REPLACEMENTS.charAt(random.nextInt(REPLACEMENTS.length()));
        } while (replacement == journal.charAt(at));
        return new Change(ledger, zip, journal, at, replacement);
    }

    @Test
    void bundlesReadBackExactlyAndVerify() {
        GeneratedCases.check("bundles read back exactly and verify", GeneratedCases.tries(), 0xB0_0D1E_0001_0000L,
                LedgerBundlePropertyTest::ledgers, ledger -> {
                    List<JournalEntryRecord> chain = ledger.chain();
                    byte[] zip = LedgerBundleWriter.toBytes(BundleFixtures.bundle(chain));

                    assertThat(LedgerBundleReader.read(new ByteArrayInputStream(zip)).entries()).isEqualTo(chain);
                    BundleVerifier.Report report = BundleVerifier.verify(new ByteArrayInputStream(zip));
                    assertThat(report.findings()).isEmpty();
                    assertThat(report.headHash()).isEqualTo(chain.get(chain.size() - 1).hash());
                });
    }

    @Test
    void anySingleCharacterChangedInTheJournalIsCaught() {
        GeneratedCases.check("any single character changed in journal.csv is caught", GeneratedCases.tries(),
                0xB0_0D1E_0002_0000L, LedgerBundlePropertyTest::changes, change -> {
                    int at = change.at();
                    var report = BundleEdit.of(change.zip())
                            .text("journal.csv", t -> t.substring(0, at) + change.replacement() + t.substring(at + 1))
                            .rehash("journal.csv").verify();

                    assertThat(report.ok()).as("the verifier's verdict").isFalse();
                });
    }
}
