package org.usrok.fund.ledger.bundle;

import org.junit.jupiter.api.Test;
import org.usrok.fund.allocation.core.AllocationMethod;
import org.usrok.fund.allocation.core.AllocationRequest;
import org.usrok.fund.allocation.core.AllocationRules;
import org.usrok.fund.allocation.core.Allocator;
import org.usrok.fund.allocation.verifier.CertificateVerifier;
import org.usrok.fund.allocation.core.ClaimEntitlement;
import org.usrok.fund.allocation.core.EvenBasis;
import org.usrok.fund.allocation.core.NamedRate;
import org.usrok.fund.allocation.core.PoolMode;
import org.usrok.fund.ledger.JournalEntryRecord;
import org.usrok.fund.ledger.JournalLine;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.ExchangeRate;
import org.usrok.fund.shared.Money;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.usrok.fund.ledger.bundle.BundleFixtures.krw;
import static org.usrok.fund.ledger.bundle.BundleFixtures.usd;

/**
 * A certificate's exchange rate is checked against {@code exchange-rates.csv}: the certificate
 * names the rate it was computed with, and the bundle must hold that rate with the same pair,
 * value and name. The certificates here are real ones, written by the allocation core with the
 * rate given, so they re-derive and only the rate check can tell a rate the fund never recorded.
 */
class CertifiedRateBundleTest {

    private static final String FILE = "allocations/round-5-certificate.txt";
    private static final String RATES = "exchange-rates.csv";
    private static final String RECORDED = "exchange-rate:17 USD/KRW 1385.2 BANK_OF_KOREA_ECOS 2026-11-20";

    /**
     * USD 1,000.00 and KRW 1,385,200 pooled in USD at USD/KRW {@code rate}, named {@code name},
     * and shared pro rata between a U.S. claim of USD 300.00 and a Korean claim of KRW 2,770,400.
     */
    private static String certificate(String name, String rate) {
        return allocate(PoolMode.POOLED, CurrencyCode.USD, new NamedRate(name,
                new ExchangeRate(CurrencyCode.USD, CurrencyCode.KRW, new BigDecimal(rate))));
    }

    private static String allocate(PoolMode mode, CurrencyCode poolCurrency, NamedRate rate) {
        return Allocator.allocate(new AllocationRequest(mode, usd("1000.00"), krw("1385200"), poolCurrency, rate,
                new AllocationRules(AllocationMethod.PROPORTIONAL, EvenBasis.COMPANY, null, null, null),
                List.of(new ClaimEntitlement(1, 10, CountryCode.US, usd("300.00")),
                        new ClaimEntitlement(2, 20, CountryCode.KR, krw("2770400"))))).certificate().text();
    }

    /** The fixture ledger plus round 5's allocation entry booking the certificate, with the fixture's rates. */
    private static byte[] bundle(String certificate) {
        List<JournalLine> lines = new ArrayList<>();
        CertificateVerifier.paidTotals(certificate).forEach((code, minor) -> {
            CurrencyCode currency = CurrencyCode.valueOf(code);
            lines.add(JournalLine.debit("5100-" + currency, Money.ofMinor(minor, currency)));
            lines.add(JournalLine.credit("2100-" + currency, Money.ofMinor(minor, currency)));
        });
        List<JournalEntryRecord> entries = new ArrayList<>(BundleFixtures.entries());
        entries.add(BundleFixtures.entry("round-5-allocation", "round:5", "Allocation committed: scenario 9 "
                + "\"Pooled\", certificate " + LedgerBundleWriter.sha256(certificate.getBytes(StandardCharsets.UTF_8)),
                null, lines));
        List<JournalEntryRecord> chain = BundleFixtures.chain(entries);
        return LedgerBundleWriter.toBytes(new LedgerBundle(BundleFixtures.GENERATED_AT, "auditor",
                BundleFixtures.chart(), chain, BundleBalance.fromJournal(BundleFixtures.chart(), chain),
                List.of(new BundleCertificate(5, certificate)), BundleFixtures.rates(),
                BundleFixtures.allocationRecords(chain)));
    }

    @Test
    void aCertificateCitingARecordedRateVerifies() throws IOException {
        String certificate = certificate(RECORDED, "1385.2");
        byte[] zip = bundle(certificate);

        var report = BundleVerifier.verify(new ByteArrayInputStream(zip));

        assertThat(certificate).contains("\nrate=USD/KRW|1385.2|" + RECORDED + "\n");
        assertThat(report.findings()).isEmpty();
        assertThat(LedgerBundleReader.read(new ByteArrayInputStream(zip)).exchangeRates())
                .isEqualTo(BundleFixtures.rates());
    }

    @Test
    void theRateIsComparedAsANumber() {
        var report = BundleEdit.of(bundle(certificate(RECORDED, "1385.20"))).verify();

        assertThat(report.findings()).isEmpty();
    }

    @Test
    void aCertificateComputedWithAnotherValueThanTheRecordedRateIsCaught() {
        var report = BundleEdit.of(bundle(certificate("exchange-rate:17 USD/KRW 1385.3 BANK_OF_KOREA_ECOS 2026-11-20",
                "1385.30"))).verify();

        assertThat(report.findings()).extracting(Object::toString).containsExactly(FILE + ": the certificate's rate "
                + "USD/KRW 1385.30 (exchange-rate:17) differs from exchange-rates.csv: USD/KRW 1385.2");
    }

    @Test
    void aCertificateCitingARateNotInTheBundleIsCaught() {
        var report = BundleEdit.of(bundle(certificate("exchange-rate:99 USD/KRW 1385.2 BANK_OF_KOREA_ECOS 2026-11-20",
                "1385.2"))).verify();

        assertThat(report.findings()).extracting(Object::toString).containsExactly(FILE + ": the certificate's rate "
                + "USD/KRW 1385.2 (exchange-rate:99) is not in exchange-rates.csv");
    }

    @Test
    void aCertificateWhoseRateNamesAnotherSourceOrDayIsCaught() {
        String otherSource = "exchange-rate:17 USD/KRW 1385.2 FEDERAL_RESERVE_H10 2026-11-20";
        String otherDay = "exchange-rate:17 USD/KRW 1385.2 BANK_OF_KOREA_ECOS 2026-11-21";

        for (String name : List.of(otherSource, otherDay)) {
            var report = BundleEdit.of(bundle(certificate(name, "1385.2"))).verify();

            assertThat(report.findings()).extracting(Object::toString).containsExactly(FILE + ": the certificate names "
                    + "its rate '" + name + "' but exchange-rates.csv names exchange-rate:17 '" + RECORDED + "'");
        }
    }

    @Test
    void aRateNameThatIsNotARecordedRatesOrNotInItsOneSpellingIsCaught() {
        var unnamed = BundleEdit.of(bundle(certificate("agreed at the 3rd joint committee", "1385.2"))).verify();
        var spelled = BundleEdit.of(bundle(certificate("exchange-rate:17 USD/KRW 1385.20 BANK_OF_KOREA_ECOS 2026-11-20",
                "1385.2"))).verify();

        assertThat(unnamed.findings()).extracting(Object::toString).containsExactly(FILE + ": the certificate's rate "
                + "USD/KRW 1385.2 is named 'agreed at the 3rd joint committee', which is not exchange-rate:<id> ...: it "
                + "cites no recorded rate");
        assertThat(spelled.findings()).extracting(Object::toString).containsExactly(FILE + ": the certificate names "
                + "its rate 'exchange-rate:17 USD/KRW 1385.20 BANK_OF_KOREA_ECOS 2026-11-20' but exchange-rates.csv "
                + "names exchange-rate:17 '" + RECORDED + "'");
    }

    @Test
    void aRateChangedInExchangeRatesCsvIsCaughtByTheFileHashAndAgainstTheCertificate() {
        var notRehashed = BundleEdit.of(bundle(certificate(RECORDED, "1385.2")))
                .replaceOnce(RATES, ",1385.2,", ",1390,").verify();
        var rehashed = BundleEdit.of(bundle(certificate(RECORDED, "1385.2")))
                .replaceOnce(RATES, ",1385.2,", ",1390,").rehash(RATES).verify();

        String differs = FILE + ": the certificate's rate USD/KRW 1385.2 (exchange-rate:17) differs from "
                + "exchange-rates.csv: USD/KRW 1390";
        assertThat(notRehashed.findings()).extracting(Object::toString).hasSize(2).contains(differs)
                .anyMatch(f -> f.startsWith(RATES + ": its SHA-256 is ") && f.endsWith(": the file is not the one exported"));
        assertThat(rehashed.findings()).extracting(Object::toString).containsExactly(differs);
    }

    @Test
    void aCertificateWhoseRateLineWasEditedIsCaughtByEveryCheck() {
        var report = BundleEdit.of(bundle(certificate(RECORDED, "1385.2")))
                .replaceOnce(FILE, "rate=USD/KRW|1385.2|", "rate=KRW/USD|1385.2|").rehash(FILE).verify();

        assertThat(report.findings()).extracting(Object::toString).contains(FILE + ": the certificate's rate "
                + "KRW/USD 1385.2 (exchange-rate:17) differs from exchange-rates.csv: USD/KRW 1385.2");
        assertThat(report.findings()).anySatisfy(f -> assertThat(f.problem())
                .startsWith("the shares do not follow from the certificate's inputs: "));
    }

    @Test
    void aMissingOrUnreadableExchangeRatesCsvIsNamed() {
        var missing = BundleEdit.of(bundle(certificate(RECORDED, "1385.2"))).remove(RATES).verify();
        var unreadable = BundleEdit.of(bundle(certificate(RECORDED, "1385.2")))
                .replaceOnce(RATES, ",1385.2,", ",1385.20,").rehash(RATES).verify();

        assertThat(missing.findings()).extracting(Object::toString).containsExactly(RATES + ": is missing from the bundle");
        assertThat(unreadable.findings()).extracting(Object::toString).containsExactly(RATES + ": line 2: rate is "
                + "'1385.20' but must be a positive plain decimal with at most 8 decimals and no trailing zeros, like 1385.2");
    }

    @Test
    void aCertificateWithoutARateNeedsNoRowButOneWithARateDoes() {
        String perCountry = allocate(PoolMode.PER_COUNTRY, null, null);
        var withoutRate = BundleEdit.of(bundle(perCountry)).rows(RATES, List.of()).rehash(RATES).verify();
        var withRate = BundleEdit.of(bundle(certificate(RECORDED, "1385.2"))).rows(RATES, List.of()).rehash(RATES)
                .verify();

        assertThat(perCountry).contains("\nrate=-\n");
        assertThat(withoutRate.findings()).isEmpty();
        assertThat(withRate.findings()).extracting(Object::toString).containsExactly(FILE + ": the certificate's rate "
                + "USD/KRW 1385.2 (exchange-rate:17) is not in exchange-rates.csv");
    }
}
