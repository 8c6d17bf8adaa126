package org.usrok.fund.ledger.bundle;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.usrok.fund.ledger.JournalEntryRecord;
import org.usrok.fund.ledger.JournalLine;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.Money;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over generated ledgers whose text is full of CSV and canonical-form special characters
 * (comma, quote, CR, LF, {@code |}, {@code %}, Korean): the bundle reads back exactly and
 * verifies, and changing any single character of {@code journal.csv}, even with the manifest's
 * SHA-256 recomputed, is always caught.
 */
class LedgerBundlePropertyTest {

    private static final String SPECIAL = ",\"\r\n|% aZ9é한-";

    @Provide
    Arbitrary<List<JournalEntryRecord>> chains() {
        Arbitrary<String> text = Arbitraries.strings().withChars(SPECIAL).ofMaxLength(8);
        Arbitrary<String> event = Arbitraries.strings().withChars(SPECIAL).ofMinLength(1).ofMaxLength(8);
        Arbitrary<CurrencyCode> currency = Arbitraries.of(CurrencyCode.class);
        Arbitrary<Long> minor = Arbitraries.longs().between(1, 1_000_000_000_000L);
        Arbitrary<JournalEntryRecord> entry = Combinators.combine(event, text, text, currency, minor)
                .as((id, reference, description, cur, amount) -> BundleFixtures.entry(id, reference, description,
                        null, List.of(JournalLine.debit("1200-" + cur, Money.ofMinor(amount, cur)),
                                JournalLine.credit(cur == CurrencyCode.USD ? "1100-USD" : "1110-KRW",
                                        Money.ofMinor(amount, cur)))));
        return entry.list().ofMinSize(1).ofMaxSize(8).map(BundleFixtures::chain);
    }

    @Provide
    Arbitrary<Character> replacements() {
        return Arbitraries.chars().with(SPECIAL + "0123456789abcdefDC.");
    }

    @Property(tries = 300)
    void bundlesReadBackExactlyAndVerify(@ForAll("chains") List<JournalEntryRecord> chain) throws IOException {
        byte[] zip = LedgerBundleWriter.toBytes(BundleFixtures.bundle(chain));

        assertThat(LedgerBundleReader.read(new ByteArrayInputStream(zip)).entries()).isEqualTo(chain);
        BundleVerifier.Report report = BundleVerifier.verify(new ByteArrayInputStream(zip));
        assertThat(report.findings()).isEmpty();
        assertThat(report.headHash()).isEqualTo(chain.get(chain.size() - 1).hash());
    }

    @Property(tries = 500)
    void anySingleCharacterChangedInTheJournalIsCaught(@ForAll("chains") List<JournalEntryRecord> chain,
                                                      @ForAll @IntRange(min = 0, max = 1_000_000) int pick,
                                                      @ForAll("replacements") char replacement) {
        BundleEdit edit = BundleEdit.of(LedgerBundleWriter.toBytes(BundleFixtures.bundle(chain)));
        String journal = edit.text("journal.csv");
        int at = pick % journal.length();
        Assume.that(journal.charAt(at) != replacement);

        var report = edit.text("journal.csv", t -> t.substring(0, at) + replacement + t.substring(at + 1))
                .rehash("journal.csv").verify();

        assertThat(report.ok()).as("changed character %d to '%s'", at, replacement).isFalse();
    }
}
