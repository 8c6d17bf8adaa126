package org.usrok.fund.ledger.bundle;

import org.junit.jupiter.api.Test;
import org.usrok.fund.ledger.ChainHash;
import org.usrok.fund.ledger.JournalEntryRecord;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The writer's files, byte for byte where the format fixes them, and reading them back. */
class LedgerBundleRoundTripTest {

    @Test
    void aWrittenBundleReadsBackToTheSameContent() throws IOException {
        LedgerBundle bundle = BundleFixtures.bundle();

        LedgerBundle read = LedgerBundleReader.read(new ByteArrayInputStream(LedgerBundleWriter.toBytes(bundle)));

        assertThat(read).isEqualTo(bundle);
        assertThat(read.entries()).extracting(JournalEntryRecord::description)
                .contains("U.S. contribution, wire \"A-1\"", "한국 정부 출연금\n2차 송금", "line one\r\nline two");
        assertThat(read.exchangeRates()).isEqualTo(BundleFixtures.rates());
    }

    @Test
    void theZipHoldsTheSixFilesInOrderStampedWithTheGeneratedAtTimeInUtc() throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(BundleFixtures.bytes()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                names.add(entry.getName());
                assertThat(entry.getTimeLocal()).isEqualTo(LocalDateTime.of(2026, 11, 30, 18, 0, 0));
            }
        }
        assertThat(names).containsExactly("manifest.txt", "accounts.csv", "journal.csv", "hashes.csv", "balances.csv",
                "exchange-rates.csv");
    }

    @Test
    void theSameContentGivesTheSameBytesInAnyTimeZone() {
        byte[] first = BundleFixtures.bytes();
        TimeZone zone = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Seoul"));
            assertThat(BundleFixtures.bytes()).isEqualTo(first);
            TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
            assertThat(BundleFixtures.bytes()).isEqualTo(first);
        } finally {
            TimeZone.setDefault(zone);
        }
    }

    @Test
    void theManifestListsCountSequencesHeadHashAndEveryFilesSha256() {
        List<JournalEntryRecord> chain = BundleFixtures.chain();
        BundleEdit bundle = BundleEdit.of(BundleFixtures.bytes());

        assertThat(bundle.text("manifest.txt")).isEqualTo("""
                format: fund-ledger-bundle-v3
                canonical-form: fund-ledger-entry-v1
                generated-at: 2026-11-30T18:00:00.250000Z
                generated-by: auditor
                entries: 5
                first-sequence: 1
                last-sequence: 5
                head-hash: %s
                sha256 accounts.csv: %s
                sha256 journal.csv: %s
                sha256 hashes.csv: %s
                sha256 balances.csv: %s
                sha256 exchange-rates.csv: %s
                """.formatted(chain.get(4).hash(), sha256(bundle, "accounts.csv"), sha256(bundle, "journal.csv"),
                sha256(bundle, "hashes.csv"), sha256(bundle, "balances.csv"), sha256(bundle, "exchange-rates.csv")));
    }

    @Test
    void theDownloadNameIsGeneratedAtInUtcToTheSecond() {
        BundleManifest manifest = new BundleManifest(BundleFiles.FORMAT_V3, BundleFixtures.GENERATED_AT, "auditor", 0,
                null, null, ChainHash.GENESIS, Map.of());

        assertThat(manifest.fileName()).isEqualTo("fund-ledger-20261130T180000Z.zip");
    }

    private static String sha256(BundleEdit bundle, String file) {
        return LedgerBundleWriter.sha256(bundle.text(file).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void journalCsvHasOneRowPerLineQuotedPerRfc4180() {
        List<JournalEntryRecord> chain = BundleFixtures.chain();
        String journal = BundleEdit.of(BundleFixtures.bytes()).text("journal.csv");

        String zeros = ChainHash.GENESIS;
        String h1 = chain.get(0).hash();
        String h2 = chain.get(1).hash();
        assertThat(journal).startsWith("sequence,event_id,effective_date,recorded_at,reference,actor,description,"
                + "reverses,line_no,account,side,currency,amount,previous_hash,hash\n"
                + "1,contribution-receipt-US-1,2026-11-28,2026-11-28T09:31:01.123456Z,round 1,us.officer1,"
                + "\"U.S. contribution, wire \"\"A-1\"\"\",,1,1200-USD,D,USD,1000000.00," + zeros + "," + h1 + "\n"
                + "1,contribution-receipt-US-1,2026-11-28,2026-11-28T09:31:01.123456Z,round 1,us.officer1,"
                + "\"U.S. contribution, wire \"\"A-1\"\"\",,2,1100-USD,C,USD,1000000.00," + zeros + "," + h1 + "\n"
                + "2,contribution-receipt-KR-1,2026-11-28,2026-11-28T09:32:02.246912Z,round 1,us.officer1,"
                + "\"한국 정부 출연금\n2차 송금\",,1,1200-KRW,D,KRW,1300000000," + h1 + "," + h2 + "\n");
        assertThat(journal).contains(",allocation-7-reversal,", "reversal: wrong round,3,4,2100-KRW,D,KRW,325000000,",
                ",,us.officer1,\"line one\r\nline two\",,2,3100-USD,C,USD,0.01,");
        assertThat(journal).endsWith("\n");
    }

    @Test
    void accountsHashesAndBalancesAreTheDocumentedColumns() {
        BundleEdit bundle = BundleEdit.of(BundleFixtures.bytes());
        List<JournalEntryRecord> chain = BundleFixtures.chain();

        assertThat(bundle.text("accounts.csv")).startsWith("""
                code,name,kind,currency
                1100-USD,Contributions receivable - U.S. Government,ASSET,USD
                1110-KRW,Contributions receivable - ROK Government,ASSET,KRW
                """);
        assertThat(bundle.text("hashes.csv")).startsWith("sequence,previous_hash,hash\n1," + ChainHash.GENESIS + ","
                + chain.get(0).hash() + "\n2," + chain.get(0).hash() + "," + chain.get(1).hash() + "\n");
        assertThat(bundle.text("balances.csv")).isEqualTo("""
                account,currency,debit_total,credit_total,balance
                1100-USD,USD,0.01,1000000.00,-999999.99
                1110-KRW,KRW,0,1300000000,-1300000000
                1200-USD,USD,1000000.00,0.00,1000000.00
                1200-KRW,KRW,1300000000,0,1300000000
                2100-USD,USD,250000.00,250000.00,0.00
                2100-KRW,KRW,325000000,325000000,0
                3100-USD,USD,0.00,0.01,-0.01
                3110-KRW,KRW,0,0,0
                5100-USD,USD,250000.00,250000.00,0.00
                5100-KRW,KRW,325000000,325000000,0
                """);
    }

    @Test
    void exchangeRatesCsvHasOneRowPerRateByIdWithTheRateWithoutTrailingZeros() {
        assertThat(BundleEdit.of(BundleFixtures.bytes()).text("exchange-rates.csv")).isEqualTo("""
                id,base,quote,rate,effective_on,source,source_reference,entered_by,entered_at
                17,USD,KRW,1385.2,2026-11-20,BANK_OF_KOREA_ECOS,"ECOS 731Y001, ""매매기준율""\",kr.officer1,\
                2026-11-20T06:15:00.123456Z
                18,KRW,USD,0.00072202,2026-11-23,FEDERAL_RESERVE_H10,,us.officer1,2026-11-23T17:00:00.000000Z
                """);
        assertThat(BundleFixtures.rates().get(0).citedName())
                .isEqualTo("exchange-rate:17 USD/KRW 1385.2 BANK_OF_KOREA_ECOS 2026-11-20");
    }

    @Test
    void anEmptyLedgerExportsAndVerifiesWithTheGenesisHead() throws IOException {
        byte[] zip = LedgerBundleWriter.toBytes(BundleFixtures.bundle(List.of()));

        String manifest = BundleEdit.of(zip).text("manifest.txt");
        assertThat(manifest).contains("entries: 0\nfirst-sequence: -\nlast-sequence: -\nhead-hash: " + ChainHash.GENESIS);
        assertThat(LedgerBundleReader.read(new ByteArrayInputStream(zip)).entries()).isEmpty();
        assertThat(BundleVerifier.verify(new ByteArrayInputStream(zip)).toString())
                .isEqualTo("OK: 0 entries, head " + ChainHash.GENESIS);
    }
}
