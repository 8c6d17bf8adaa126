package org.usrok.fund.ledger.bundle;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The reader refuses anything not exactly in the format, naming the file and the line. */
class LedgerBundleReaderTest {

    private static final String JOURNAL_HEADER = String.join(",", BundleFiles.JOURNAL_HEADER) + "\n";
    private static final String H0 = "0".repeat(64);
    private static final String H1 = "1".repeat(64);

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String row(String sequence, String lineNo, String account, String side, String currency,
                              String amount) {
        return sequence + ",event-" + sequence + ",2026-11-28,2026-11-28T09:30:00.000000Z,,us.officer1,,," + lineNo
                + "," + account + "," + side + "," + currency + "," + amount + "," + H0 + "," + H1 + "\n";
    }

    @Test
    void aWellFormedJournalGroupsRowsIntoEntries() {
        var entries = LedgerBundleReader.journal(utf8(JOURNAL_HEADER
                + row("1", "1", "1200-USD", "D", "USD", "1.50") + row("1", "2", "1100-USD", "C", "USD", "1.50")
                + row("2", "1", "1200-KRW", "D", "KRW", "1300") + row("2", "2", "1110-KRW", "C", "KRW", "1300")));

        assertThat(entries).hasSize(2);
        assertThat(entries.get(1).lines()).extracting(l -> l.amount().toString()).containsExactly("KRW 1300", "KRW 1300");
        assertThat(entries.get(0).reverses()).isNull();
    }

    @Test
    void badAmountsAreNamedWithFileLineAndColumn() {
        assertThatThrownBy(() -> LedgerBundleReader.journal(utf8(JOURNAL_HEADER
                + row("1", "1", "1200-USD", "D", "USD", "1.50") + row("1", "2", "1100-USD", "C", "USD", "1.5"))))
                .isInstanceOf(BundleFormatException.class)
                .hasMessage("journal.csv line 3: amount is '1.5' but must be a plain decimal without sign with exactly 2 "
                        + "decimals for USD");
        assertThatThrownBy(() -> LedgerBundleReader.journal(utf8(JOURNAL_HEADER
                + row("1", "1", "1200-KRW", "D", "KRW", "1300.00"))))
                .hasMessageStartingWith("journal.csv line 2: amount is '1300.00'");
        for (String amount : List.of("-1.00", "+1.00", "01.00", "1e2", "1,00", "0.00", "")) {
            assertThatThrownBy(() -> LedgerBundleReader.journal(utf8(JOURNAL_HEADER
                    + row("1", "1", "1200-USD", "D", "USD", amount.contains(",") ? "\"" + amount + "\"" : amount))))
                    .as(amount).isInstanceOf(BundleFormatException.class).hasMessageContaining("line 2: amount is");
        }
    }

    @Test
    void badNumbersDatesSidesAndHashesAreNamed() {
        assertThatThrownBy(() -> LedgerBundleReader.journal(utf8(JOURNAL_HEADER + row("x", "1", "1200-USD", "D", "USD",
                "1.00")))).hasMessage("journal.csv line 2: sequence is 'x' but must be a whole number without sign or "
                + "leading zeros");
        assertThatThrownBy(() -> LedgerBundleReader.journal(utf8(JOURNAL_HEADER + row("1", "1", "1200-USD", "X", "USD",
                "1.00")))).hasMessage("journal.csv line 2: side is 'X' but must be D or C");
        assertThatThrownBy(() -> LedgerBundleReader.journal(utf8(JOURNAL_HEADER + row("1", "1", "1200-USD", "D", "EUR",
                "1.00")))).hasMessage("journal.csv line 2: currency is 'EUR' but must be USD or KRW");
        assertThatThrownBy(() -> LedgerBundleReader.journal(utf8(JOURNAL_HEADER
                + row("1", "1", "1200-USD", "D", "USD", "1.00").replace("2026-11-28T09:30:00.000000Z", "2026-11-28T09:30Z"))))
                .hasMessageStartingWith("journal.csv line 2: recorded_at is '2026-11-28T09:30Z'");
        assertThatThrownBy(() -> LedgerBundleReader.journal(utf8(JOURNAL_HEADER
                + row("1", "1", "1200-USD", "D", "USD", "1.00").replace(H1, H1.toUpperCase().replace('1', 'A')))))
                .hasMessageStartingWith("journal.csv line 2: hash is 'AAAA");
    }

    @Test
    void malformedCsvIsNamedWithTheLine() {
        assertThatThrownBy(() -> LedgerBundleReader.journal(utf8(JOURNAL_HEADER + row("1", "1", "1200-USD", "D", "USD",
                "1.00") + "2,e,2026-11-28,2026-11-28T09:30:00.000000Z,,a,\"never closed\n")))
                .hasMessage("journal.csv line 3: a quoted field is not closed");
        assertThatThrownBy(() -> LedgerBundleReader.accounts(utf8("code,name,kind,currency\r\n")))
                .hasMessage("accounts.csv line 1: a CR outside a quoted field (lines end in LF only)");
        assertThatThrownBy(() -> LedgerBundleReader.accounts(utf8("code,name,kind,currency\n1200-USD,Cash \"x\",ASSET,USD\n")))
                .hasMessage("accounts.csv line 2: a double quote inside an unquoted field");
        assertThatThrownBy(() -> LedgerBundleReader.accounts(utf8("code,name,kind,currency\n1200-USD,\"Cash\"x,ASSET,USD\n")))
                .hasMessageStartingWith("accounts.csv line 2: a closing quote is followed by 'x'");
        assertThatThrownBy(() -> LedgerBundleReader.accounts(utf8("code,name,kind,currency\n1200-USD,Cash,ASSET\n")))
                .hasMessage("accounts.csv line 2: expected 4 fields but found 3");
        assertThatThrownBy(() -> LedgerBundleReader.accounts(utf8("code,name,kind,currency\n1200-USD,Cash,ASSET,USD")))
                .hasMessage("accounts.csv line 2: the last line does not end in LF");
        assertThatThrownBy(() -> LedgerBundleReader.accounts(utf8("code,name,currency,kind\n")))
                .hasMessage("accounts.csv line 1: the header is not code,name,kind,currency");
        assertThatThrownBy(() -> LedgerBundleReader.accounts(new byte[] {'c', (byte) 0xC3, '\n'}))
                .hasMessage("accounts.csv: is not valid UTF-8");
        assertThatThrownBy(() -> LedgerBundleReader.balances(utf8("")))
                .hasMessageStartingWith("balances.csv line 1: the file is empty");
    }

    @Test
    void anEntrysRowsAreNumberedFromOneAndRepeatTheEntryExactly() {
        assertThatThrownBy(() -> LedgerBundleReader.journal(utf8(JOURNAL_HEADER
                + row("1", "2", "1200-USD", "D", "USD", "1.00"))))
                .hasMessage("journal.csv line 2: line_no is 2 but must be 1 (each entry's lines are numbered from 1)");
        assertThatThrownBy(() -> LedgerBundleReader.journal(utf8(JOURNAL_HEADER
                + row("1", "1", "1200-USD", "D", "USD", "1.00") + row("1", "3", "1100-USD", "C", "USD", "1.00"))))
                .hasMessageStartingWith("journal.csv line 3: line_no is 3 but must be 2");
        assertThatThrownBy(() -> LedgerBundleReader.journal(utf8(JOURNAL_HEADER
                + row("1", "1", "1200-USD", "D", "USD", "1.00") + row("2", "2", "1100-USD", "C", "USD", "1.00"))))
                .hasMessage("journal.csv line 3: line 2 of entry 1 does not repeat the entry's fields of line 2 exactly");
    }

    @Test
    void accountsAndBalancesAreListedOnceWithKnownKindsAndSignedBalances() {
        assertThatThrownBy(() -> LedgerBundleReader.accounts(utf8("code,name,kind,currency\n"
                + "1200-USD,Cash,ASSET,USD\n1200-USD,Cash,ASSET,USD\n")))
                .hasMessage("accounts.csv line 3: account 1200-USD is listed twice");
        assertThatThrownBy(() -> LedgerBundleReader.accounts(utf8("code,name,kind,currency\n1200-USD,Cash,CASH,USD\n")))
                .hasMessageStartingWith("accounts.csv line 2: kind is 'CASH'");
        assertThat(LedgerBundleReader.balances(utf8("account,currency,debit_total,credit_total,balance\n"
                + "1100-USD,USD,0.01,1000000.00,-999999.99\n")).get(0).balance().minorUnits()).isEqualTo(-99999999);
        assertThatThrownBy(() -> LedgerBundleReader.balances(utf8("account,currency,debit_total,credit_total,balance\n"
                + "1100-USD,USD,-0.01,0.00,-0.01\n")))
                .hasMessageStartingWith("balances.csv line 2: debit_total is '-0.01' but must be a plain decimal without sign");
    }

    /** The manifest of the fixture bundle as a version 1 or 2 exporter wrote it: no exchange-rates.csv. */
    private static String olderManifest(String good, String format) {
        return good.replace("fund-ledger-bundle-v3", format).replaceAll("(?m)^sha256 exchange-rates\\.csv: .*\n", "");
    }

    @Test
    void theManifestIsReadStrictly() {
        String good = BundleEdit.of(BundleFixtures.bytes()).text("manifest.txt");
        assertThat(LedgerBundleReader.manifest(utf8(good)).entries()).isEqualTo(5);
        assertThat(LedgerBundleReader.manifest(utf8(good)).format()).isEqualTo("fund-ledger-bundle-v3");

        for (String older : List.of("fund-ledger-bundle-v2", "fund-ledger-bundle-v1")) {
            BundleManifest read = LedgerBundleReader.manifest(utf8(olderManifest(good, older)));
            assertThat(read.format()).isEqualTo(older);
            assertThat(read.sha256()).as("a bundle of " + older + " still reads").hasSize(4);
        }
        assertThatThrownBy(() -> LedgerBundleReader.manifest(utf8(good.replace("fund-ledger-bundle-v3", "fund-ledger-bundle-v5"))))
                .hasMessage("manifest.txt line 1: the format is 'fund-ledger-bundle-v5' but this verifier reads "
                        + "fund-ledger-bundle-v4, fund-ledger-bundle-v3, fund-ledger-bundle-v2, fund-ledger-bundle-v1");
        assertThatThrownBy(() -> LedgerBundleReader.manifest(utf8(good.replace("fund-ledger-bundle-v3", "fund-ledger-bundle-v4"))))
                .as("a version 4 manifest must list the money records, the checkpoints and the key")
                .hasMessage("manifest.txt: does not list the SHA-256 of money-records.csv, checkpoints.csv, checkpoint-key.pem");
        assertThatThrownBy(() -> LedgerBundleReader.manifest(utf8(olderManifest(good, "fund-ledger-bundle-v1")
                + "sha256 allocations/round-4-certificate.txt: " + "a".repeat(64) + "\n")))
                .hasMessage("manifest.txt line 1: fund-ledger-bundle-v1 holds no allocation certificates");
        assertThatThrownBy(() -> LedgerBundleReader.manifest(utf8(good.replace("fund-ledger-bundle-v3",
                "fund-ledger-bundle-v2"))))
                .hasMessage("manifest.txt line 13: lists 'exchange-rates.csv', which is not a file of fund-ledger-bundle-v2");
        assertThatThrownBy(() -> LedgerBundleReader.manifest(utf8(olderManifest(good, "fund-ledger-bundle-v3"))))
                .hasMessage("manifest.txt: does not list the SHA-256 of exchange-rates.csv");
        assertThatThrownBy(() -> LedgerBundleReader.manifest(utf8(good.replace("entries: 5\n", ""))))
                .hasMessage("manifest.txt: has no 'entries'");
        assertThatThrownBy(() -> LedgerBundleReader.manifest(utf8(good + "signed-by: nobody\n")))
                .hasMessage("manifest.txt line 14: unknown key 'signed-by'");
        assertThatThrownBy(() -> LedgerBundleReader.manifest(utf8(good.replaceAll("(?m)^sha256 hashes.csv: .*\n", ""))))
                .hasMessage("manifest.txt: does not list the SHA-256 of hashes.csv");
        assertThatThrownBy(() -> LedgerBundleReader.manifest(utf8(good.replace("entries: 5", "entries: five"))))
                .hasMessageStartingWith("manifest.txt line 5: entries is 'five'");
        assertThatThrownBy(() -> LedgerBundleReader.manifest(utf8(good.replace("\n", "\r\n"))))
                .hasMessage("manifest.txt line 1: has a CR (lines end in LF only)");
    }

    private static final String RATES_HEADER = String.join(",", BundleFiles.EXCHANGE_RATES_HEADER) + "\n";

    private static String rate(String id, String base, String quote, String rate) {
        return id + "," + base + "," + quote + "," + rate + ",2026-11-20,BANK_OF_KOREA_ECOS,,kr.officer1,"
                + "2026-11-20T06:15:00.123456Z\n";
    }

    @Test
    void exchangeRatesAreListedOncePerIdInOrderWithTheirOneSpelling() {
        var rates = LedgerBundleReader.exchangeRates(utf8(RATES_HEADER + rate("17", "USD", "KRW", "1385.2")
                + rate("18", "KRW", "USD", "0.00072202") + rate("50", "USD", "KRW", "1300")));
        assertThat(rates).extracting(BundleExchangeRate::citedName).containsExactly(
                "exchange-rate:17 USD/KRW 1385.2 BANK_OF_KOREA_ECOS 2026-11-20",
                "exchange-rate:18 KRW/USD 0.00072202 BANK_OF_KOREA_ECOS 2026-11-20",
                "exchange-rate:50 USD/KRW 1300 BANK_OF_KOREA_ECOS 2026-11-20");
        assertThat(rates.get(0).sourceReference()).isNull();
        assertThat(LedgerBundleReader.exchangeRates(utf8(RATES_HEADER))).isEmpty();

        for (String bad : List.of("1385.20", "1385.", ".5", "01385.2", "-1385.2", "+1385.2", "0", "0.0", "1.3852E+3",
                "0.000000001", "1 385.2", "")) {
            assertThatThrownBy(() -> LedgerBundleReader.exchangeRates(utf8(RATES_HEADER + rate("17", "USD", "KRW", bad))))
                    .as(bad).isInstanceOf(BundleFormatException.class)
                    .hasMessage("exchange-rates.csv line 2: rate is '" + bad + "' but must be a positive plain decimal "
                            + "with at most 8 decimals and no trailing zeros, like 1385.2");
        }
        assertThatThrownBy(() -> LedgerBundleReader.exchangeRates(utf8(RATES_HEADER + rate("18", "USD", "KRW", "1")
                + rate("17", "USD", "KRW", "2"))))
                .hasMessage("exchange-rates.csv line 3: id 17 does not follow id 18 (rates are listed by ascending id, "
                        + "each once)");
        assertThatThrownBy(() -> LedgerBundleReader.exchangeRates(utf8(RATES_HEADER + rate("17", "USD", "KRW", "1")
                + rate("17", "USD", "KRW", "1"))))
                .hasMessageStartingWith("exchange-rates.csv line 3: id 17 does not follow id 17");
        assertThatThrownBy(() -> LedgerBundleReader.exchangeRates(utf8(RATES_HEADER + rate("0", "USD", "KRW", "1"))))
                .hasMessage("exchange-rates.csv line 2: id is '0' but must be a number from 1");
        assertThatThrownBy(() -> LedgerBundleReader.exchangeRates(utf8(RATES_HEADER + rate("17", "USD", "USD", "1"))))
                .hasMessage("exchange-rates.csv line 2: base and quote are both USD (a rate relates two different "
                        + "currencies)");
        assertThatThrownBy(() -> LedgerBundleReader.exchangeRates(utf8(RATES_HEADER + rate("17", "USD", "EUR", "1"))))
                .hasMessage("exchange-rates.csv line 2: quote is 'EUR' but must be USD or KRW");
    }

    @Test
    void anExchangeRatesSourceDatesAndEnteringUserAreRequired() {
        String good = rate("17", "USD", "KRW", "1385.2");
        assertThatThrownBy(() -> LedgerBundleReader.exchangeRates(utf8(RATES_HEADER
                + good.replace("BANK_OF_KOREA_ECOS", "ECOS"))))
                .hasMessage("exchange-rates.csv line 2: source is 'ECOS' but must be one of BANK_OF_KOREA_ECOS, "
                        + "US_TREASURY_REPORTING_RATE, FEDERAL_RESERVE_H10, BILATERAL_AGREEMENT");
        assertThatThrownBy(() -> LedgerBundleReader.exchangeRates(utf8(RATES_HEADER
                + good.replace("2026-11-20,", "2026-11-31,"))))
                .hasMessageStartingWith("exchange-rates.csv line 2: effective_on is '2026-11-31'");
        assertThatThrownBy(() -> LedgerBundleReader.exchangeRates(utf8(RATES_HEADER + good.replace(",kr.officer1,", ",,"))))
                .hasMessage("exchange-rates.csv line 2: entered_by is empty");
        assertThatThrownBy(() -> LedgerBundleReader.exchangeRates(utf8(RATES_HEADER
                + good.replace(".123456Z", "Z"))))
                .hasMessageStartingWith("exchange-rates.csv line 2: entered_at is '2026-11-20T06:15:00Z'");
        assertThatThrownBy(() -> LedgerBundleReader.exchangeRates(utf8(RATES_HEADER + good.replace(",kr.officer1", ""))))
                .hasMessage("exchange-rates.csv line 2: expected 9 fields but found 8");
        assertThatThrownBy(() -> LedgerBundleReader.exchangeRates(utf8(RATES_HEADER.replace("entered_at", "recorded_at"))))
                .hasMessage("exchange-rates.csv line 1: the header is not id,base,quote,rate,effective_on,source,"
                        + "source_reference,entered_by,entered_at");
    }

    @Test
    void aMissingFileOrSomethingThatIsNotAZipIsRefused() {
        byte[] withoutHashes = BundleEdit.of(BundleFixtures.bytes()).remove("hashes.csv").zip();
        assertThatThrownBy(() -> LedgerBundleReader.read(new ByteArrayInputStream(withoutHashes)))
                .isInstanceOf(BundleFormatException.class).hasMessage("hashes.csv: is missing from the bundle");
        byte[] withoutRates = BundleEdit.of(BundleFixtures.bytes()).remove("exchange-rates.csv").zip();
        assertThatThrownBy(() -> LedgerBundleReader.read(new ByteArrayInputStream(withoutRates)))
                .isInstanceOf(BundleFormatException.class).hasMessage("exchange-rates.csv: is missing from the bundle");
        assertThatThrownBy(() -> LedgerBundleReader.read(new ByteArrayInputStream(utf8("sequence,hash\n"))))
                .isInstanceOf(ZipException.class);
    }
}
