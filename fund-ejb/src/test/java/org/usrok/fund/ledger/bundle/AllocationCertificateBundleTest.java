package org.usrok.fund.ledger.bundle;

import org.junit.jupiter.api.Test;
import org.usrok.fund.allocation.core.AllocationMethod;
import org.usrok.fund.allocation.core.AllocationRequest;
import org.usrok.fund.allocation.core.AllocationRules;
import org.usrok.fund.allocation.core.Allocator;
import org.usrok.fund.allocation.core.ClaimEntitlement;
import org.usrok.fund.allocation.core.EvenBasis;
import org.usrok.fund.allocation.core.PoolMode;
import org.usrok.fund.ledger.JournalEntryRecord;
import org.usrok.fund.ledger.JournalLine;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.Money;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.usrok.fund.ledger.bundle.BundleFixtures.usd;

/**
 * A committed allocation travels in the bundle as its certificate: the offline verifier
 * re-derives the shares from the certificate's inputs and checks that the journal's allocation
 * entry names the certificate and books exactly its totals.
 */
class AllocationCertificateBundleTest {

    private static final String FILE = "allocations/round-5-certificate.txt";

    /** 1,000.00 USD shared pro rata between approved 300.00 and 900.00: 250.00 and 750.00. */
    private static String certificate() {
        return Allocator.allocate(new AllocationRequest(PoolMode.PER_COUNTRY, usd("1000.00"),
                Money.zero(CurrencyCode.KRW), null, null,
                new AllocationRules(AllocationMethod.PROPORTIONAL, EvenBasis.COMPANY, null, null, null),
                List.of(new ClaimEntitlement(1, 10, CountryCode.US, usd("300.00")),
                        new ClaimEntitlement(2, 20, CountryCode.US, usd("900.00"))))).certificate().text();
    }

    private static byte[] bundle(String certificate, String bookedUsd, boolean withCertificate) {
        List<JournalEntryRecord> entries = new ArrayList<>(BundleFixtures.entries());
        entries.add(BundleFixtures.entry("round-5-allocation", "round:5",
                "Allocation committed: scenario 9 \"Pro rata\", certificate "
                        + LedgerBundleWriter.sha256(certificate.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                null, List.of(JournalLine.debit("5100-USD", usd(bookedUsd)),
                        JournalLine.credit("2100-USD", usd(bookedUsd)))));
        List<JournalEntryRecord> chain = BundleFixtures.chain(entries);
        return LedgerBundleWriter.toBytes(new LedgerBundle(BundleFixtures.GENERATED_AT, "auditor",
                BundleFixtures.chart(), chain, BundleBalance.fromJournal(BundleFixtures.chart(), chain),
                withCertificate ? List.of(new BundleCertificate(5, certificate)) : List.of(), List.of(),
                BundleFixtures.allocationRecords(chain)));
    }

    @Test
    void aCommittedAllocationWithItsCertificateVerifiesAndReadsBack() throws IOException {
        byte[] zip = bundle(certificate(), "1000.00", true);

        var report = BundleVerifier.verify(new ByteArrayInputStream(zip));

        assertThat(report.findings()).isEmpty();
        assertThat(BundleEdit.of(zip).text("manifest.txt")).contains("sha256 " + FILE + ": ");
        assertThat(LedgerBundleReader.read(new ByteArrayInputStream(zip)).certificates())
                .containsExactly(new BundleCertificate(5, certificate()));
    }

    @Test
    void aShareChangedInTheCertificateIsCaughtEvenWithTheManifestFixed() {
        var report = BundleEdit.of(bundle(certificate(), "1000.00", true))
                .replaceOnce(FILE, "|USD 750.00|USD 750.00|", "|USD 750.00|USD 760.00|").rehash(FILE).verify();

        assertThat(report.findings()).extracting(BundleVerifier.Finding::file).containsOnly(FILE);
        assertThat(report.findings()).anySatisfy(f -> assertThat(f.problem())
                .startsWith("the shares do not follow from the certificate's inputs: line "));
        assertThat(report.findings()).anySatisfy(f -> assertThat(f.problem())
                .startsWith("the entry does not name this certificate"));
    }

    @Test
    void anEntryBookingOtherTotalsThanItsCertificateIsCaught() {
        var report = BundleEdit.of(bundle(certificate(), "1000.01", true)).verify();

        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.file()).isEqualTo(FILE);
            assertThat(f.sequence()).isEqualTo(6L);
            assertThat(f.problem()).isEqualTo("the certificate's shares total USD 1000.00 but the entry books USD 1000.01");
        });
    }

    @Test
    void anAllocationBookedWithoutItsCertificateIsCaught() {
        var withoutFile = BundleEdit.of(bundle(certificate(), "1000.00", true)).remove(FILE).verify();
        var neverExported = BundleEdit.of(bundle(certificate(), "1000.00", false)).verify();

        assertThat(withoutFile.findings()).extracting(Object::toString).contains(
                FILE + ": is missing from the bundle",
                FILE + ", entry 6: is missing: the journal books an allocation of round 5 without its certificate");
        assertThat(neverExported.findings()).extracting(Object::toString).containsExactly(
                FILE + ", entry 6: is missing: the journal books an allocation of round 5 without its certificate");
    }

    @Test
    void aCertificateSmuggledIntoTheBundleIsNamed() {
        var report = BundleEdit.of(bundle(certificate(), "1000.00", true))
                .add("allocations/round-6-certificate.txt", certificate()).verify();

        assertThat(report.findings()).extracting(Object::toString).contains(
                "allocations/round-6-certificate.txt: is not listed in the manifest: the file was not exported",
                "allocations/round-6-certificate.txt: no journal entry round-6-allocation books this allocation");
    }
}
