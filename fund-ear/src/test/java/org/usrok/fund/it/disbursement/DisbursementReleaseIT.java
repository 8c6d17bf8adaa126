package org.usrok.fund.it.disbursement;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.usrok.fund.allocation.AllocationService;
import org.usrok.fund.disbursement.BatchDetails;
import org.usrok.fund.disbursement.BatchStatus;
import org.usrok.fund.disbursement.CompanyPayment;
import org.usrok.fund.disbursement.DisbursementService;
import org.usrok.fund.disbursement.FileKind;
import org.usrok.fund.disbursement.InsufficientFundsException;
import org.usrok.fund.disbursement.NothingToDisburseException;
import org.usrok.fund.disbursement.PaymentFile;
import org.usrok.fund.disbursement.PaymentLine;
import org.usrok.fund.disbursement.PaymentOutcome;
import org.usrok.fund.disbursement.PaymentStatus;
import org.usrok.fund.disbursement.PrepareBatch;
import org.usrok.fund.disbursement.RecordPaymentStatus;
import org.usrok.fund.disbursement.SkipReason;
import org.usrok.fund.disbursement.UnpaidShares;
import org.usrok.fund.disbursement.file.PaymentFiles;
import org.usrok.fund.it.support.Actors;
import org.usrok.fund.it.support.DisbursementFixture;
import org.usrok.fund.it.support.FundDeployment;
import org.usrok.fund.ledger.JournalEntryRecord;
import org.usrok.fund.ledger.JournalLine;
import org.usrok.fund.ledger.LedgerService;
import org.usrok.fund.ledger.PostEntry;
import org.usrok.fund.payout.PayoutAccountSummary;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.Money;
import org.usrok.fund.shared.PageRequest;
import org.usrok.fund.shared.RuleKind;
import org.usrok.fund.shared.StateTransitionRefusedException;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The full chain: a committed allocation is prepared into a batch (companies without a verified
 * account are listed as skipped), a second officer releases it (one ledger entry moving the
 * obligations through payable to cash out, the pain.001 and the remittance report stored with their
 * SHA-256), and the bank reports the payments paid; the companies see their own payments only.
 */
@ExtendWith(ArquillianExtension.class)
class DisbursementReleaseIT {

    private static final String PAIN_001 = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.09";

    @Deployment
    static EnterpriseArchive deployment() {
        return FundDeployment.withTests(DisbursementReleaseIT.class);
    }

    @Inject
    DisbursementFixture fixture;
    @Inject
    AllocationService allocations;
    @Inject
    DisbursementService disbursements;
    @Inject
    LedgerService ledger;

    private Actors actors;

    @BeforeEach
    void setUp() {
        actors = fixture.actors();
    }

    private static Money usd(String amount) {
        return Money.of(amount, CurrencyCode.USD);
    }

    @Test
    void aCommittedAllocationIsPreparedReleasedByASecondOfficerAndPaid() throws NoSuchAlgorithmException, ParserConfigurationException, SAXException, IOException {
        var committed = fixture.committed(List.of("300.00", "200.00"), List.of("1500000"));
        PayoutAccountSummary first = fixture.verifiedAccount(committed.us(0));
        PayoutAccountSummary second = fixture.verifiedAccount(committed.us(1));
        fixture.verifiedAccount(committed.kr(0));
        var preparer = actors.newOfficer(CountryCode.US);

        BatchDetails prepared = preparer.call(() -> disbursements.prepare(
                new PrepareBatch(committed.round().id(), CurrencyCode.USD, null)));

        assertThat(prepared.status()).isEqualTo(BatchStatus.PREPARED);
        assertThat(prepared.currency()).isEqualTo(CurrencyCode.USD);
        assertThat(prepared.paymentCount()).isEqualTo(2);
        assertThat(prepared.total()).isEqualTo(usd("500.00"));
        assertThat(prepared.skipped()).isEmpty();
        assertThat(prepared.payments()).extracting(PaymentLine::companyId, PaymentLine::amount,
                        PaymentLine::payoutAccountId, PaymentLine::status)
                .containsExactlyInAnyOrder(
                        tuple(committed.us(0).companyId(), usd("300.00"), first.id(),
                                PaymentStatus.PREPARED),
                        tuple(committed.us(1).companyId(), usd("200.00"), second.id(),
                                PaymentStatus.PREPARED));
        assertThat(prepared.payments()).allSatisfy(p -> {
            assertThat(p.endToEndId()).isEqualTo("FUND-B" + prepared.id() + "-C" + p.companyId());
            assertThat(p.maskedAccount()).startsWith("*");
        });
        assertThat(fixture.companyUser(committed.us(0)).call(() -> disbursements.myPayments()))
                .as("a prepared payment is not shown to the company yet").isEmpty();

        Map<String, Money> before = fixture.balances();
        BatchDetails released = actors.newOfficer(CountryCode.US).call(() -> disbursements.release(prepared.id(),
                prepared.version()));

        assertThat(released.status()).isEqualTo(BatchStatus.RELEASED);
        assertThat(released.payments()).extracting(PaymentLine::status).containsOnly(PaymentStatus.RELEASED);
        assertThat(released.total()).isEqualTo(usd("500.00"));
        var auditor = actors.newAuditor();
        JournalEntryRecord entry = auditor.call(() -> ledger.entry(released.ledgerSequence()));
        assertThat(entry.eventId()).isEqualTo("disbursement-batch-" + released.id() + "-release");
        assertThat(entry.reference()).contains("disbursement-batch:" + released.id());
        assertThat(entry.lines()).containsExactlyInAnyOrder(
                JournalLine.debit("2100-USD", usd("300.00")), JournalLine.credit("2200-USD", usd("300.00")),
                JournalLine.debit("2100-USD", usd("200.00")), JournalLine.credit("2200-USD", usd("200.00")),
                JournalLine.debit("2200-USD", usd("300.00")), JournalLine.credit("1200-USD", usd("300.00")),
                JournalLine.debit("2200-USD", usd("200.00")), JournalLine.credit("1200-USD", usd("200.00")));
        Map<String, Money> after = fixture.balances();
        assertThat(after.get("2100-USD").minus(before.get("2100-USD"))).as("obligations down (debited)")
                .isEqualTo(usd("500.00"));
        assertThat(before.get("1200-USD").minus(after.get("1200-USD"))).as("cash down").isEqualTo(usd("500.00"));
        assertThat(after.get("2200-USD")).isEqualTo(before.get("2200-USD"));
        assertThat(after.get("2100-KRW")).as("the KRW shares are untouched").isEqualTo(before.get("2100-KRW"));
        assertThat(auditor.call(() -> ledger.verifyChain()).ok()).isTrue();

        assertThat(released.files()).extracting(BatchDetails.FileSummary::kind)
                .containsExactly(FileKind.PAIN_001, FileKind.REMITTANCE_CSV);
        PaymentFile pain = auditor.call(() -> disbursements.file(released.id(), FileKind.PAIN_001));
        assertThat(released.files().get(0).size()).as("the summary's size is the stored file's")
                .isEqualTo(pain.content().length);
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pain.content())))
                .isEqualTo(pain.sha256());
        Document xml = parse(pain.content());
        assertThat(xml.getDocumentElement().getNamespaceURI()).isEqualTo(PAIN_001);
        assertThat(text(xml, "CtrlSum")).isEqualTo("500.00");
        assertThat(text(xml, "NbOfTxs")).isEqualTo("2");
        assertThat(new BigDecimal(text(xml, "CtrlSum"))).isEqualTo(released.total().amount());
        assertThat(new String(pain.content(), StandardCharsets.UTF_8))
                .contains(released.payments().get(0).endToEndId(), released.payments().get(1).endToEndId());
        assertThat(released.files().get(0).controlSum()).isEqualTo(usd("500.00"));
        assertThatCode(() -> PaymentFiles.validatePain001(pain.content(), CurrencyCode.USD, 2, 50000))
                .as("the stored file validates, with the batch's count and total").doesNotThrowAnyException();
        PaymentFile csv = auditor.call(() -> disbursements.file(released.id(), FileKind.REMITTANCE_CSV));
        assertThat(new String(csv.content(), StandardCharsets.UTF_8)).contains(released.payments().get(0).endToEndId());

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        var payer = actors.newOfficer(CountryCode.US);
        for (PaymentLine p : released.payments()) {
            PaymentLine paid = payer.call(() -> disbursements.recordStatus(p.id(),
                    new RecordPaymentStatus(PaymentOutcome.PAID, today, "FED-" + p.id(), null, p.version())));
            assertThat(paid.status()).isEqualTo(PaymentStatus.PAID);
            assertThat(paid.bankReference()).isEqualTo("FED-" + p.id());
        }
        assertThat(fixture.balances().get("1200-USD")).as("recording paid posts nothing")
                .isEqualTo(after.get("1200-USD"));

        List<CompanyPayment> mine = fixture.companyUser(committed.us(0)).call(() -> disbursements.myPayments());
        assertThat(mine).singleElement().satisfies(p -> {
            assertThat(p.status()).isEqualTo(PaymentStatus.PAID);
            assertThat(p.amount()).isEqualTo(usd("300.00"));
            assertThat(p.statusDate()).isEqualTo(today);
            assertThat(p.claimIds()).containsExactly(committed.us(0).id());
            assertThat(p.releasedAt()).isNotNull();
        });
        assertThat(fixture.companyUser(committed.kr(0)).call(() -> disbursements.myPayments())).isEmpty();
        assertThat(fixture.companyUser(committed.us(0)).call(() -> allocations.myAllocations()))
                .singleElement().satisfies(a -> {
                    assertThat(a.share()).isEqualTo(usd("300.00"));
                    assertThat(a.paid()).as("the allocation shows what was paid of it").isEqualTo(usd("300.00"));
                });
        assertThat(auditor.call(() -> disbursements.paidTo(committed.us(0).companyId(), CurrencyCode.USD)))
                .isEqualTo(usd("300.00"));
        assertThat(auditor.call(() -> disbursements.list(committed.round().id(), BatchStatus.RELEASED,
                PageRequest.of(0, 20))).items()).extracting(b -> b.id()).containsExactly(released.id());

        assertThatThrownBy(() -> preparer.call(() -> disbursements.prepare(
                new PrepareBatch(committed.round().id(), CurrencyCode.USD, null))))
                .as("everything is paid: an empty batch is refused")
                .isInstanceOfSatisfying(NothingToDisburseException.class,
                        e -> assertThat(e.kind()).isEqualTo(RuleKind.UNPROCESSABLE));
    }

    @Test
    void aCompanyWithoutAVerifiedAccountIsListedAsSkippedAndPaidInALaterBatch() {
        var committed = fixture.committed(List.of("120.00", "80.00"), List.of());
        fixture.verifiedAccount(committed.us(0));
        PayoutAccountSummary pending = fixture.registerAccount(committed.us(1));
        var officer = actors.newOfficer(CountryCode.US);
        assertThat(officer.call(() -> disbursements.unpaidShares(committed.round().id(), CurrencyCode.USD)))
                .extracting(UnpaidShares::companyId, UnpaidShares::amount, UnpaidShares::payable)
                .containsExactlyInAnyOrder(
                        tuple(committed.us(0).companyId(), usd("120.00"), true),
                        tuple(committed.us(1).companyId(), usd("80.00"), false));

        BatchDetails first = officer.call(() -> disbursements.prepare(
                new PrepareBatch(committed.round().id(), CurrencyCode.USD, null)));

        assertThat(first.payments()).singleElement().satisfies(p ->
                assertThat(p.companyId()).isEqualTo(committed.us(0).companyId()));
        assertThat(first.skipped()).singleElement().satisfies(s -> {
            assertThat(s.companyId()).isEqualTo(committed.us(1).companyId());
            assertThat(s.reason()).isEqualTo(SkipReason.NO_VERIFIED_ACCOUNT);
            assertThat(s.amount()).isEqualTo(usd("80.00"));
            assertThat(s.claimCount()).isEqualTo(1);
        });

        fixture.verify(pending);
        BatchDetails second = officer.call(() -> disbursements.prepare(new PrepareBatch(committed.round().id(),
                CurrencyCode.USD, List.of(committed.us(0).companyId(), committed.us(1).companyId()))));
        assertThat(second.payments()).singleElement().satisfies(p -> {
            assertThat(p.companyId()).isEqualTo(committed.us(1).companyId());
            assertThat(p.payoutAccountId()).isEqualTo(pending.id());
        });
        assertThat(second.skipped()).as("the first company's share is already in the first batch")
                .singleElement().satisfies(s -> assertThat(s.reason()).isEqualTo(SkipReason.NOTHING_PAYABLE));
    }

    @Test
    void aCancelledBatchFreesItsSharesAndARoundNotAllocatedIsRefused() {
        var committed = fixture.committed(List.of(), List.of("2000000"));
        fixture.verifiedAccount(committed.kr(0));
        var officer = actors.newOfficer(CountryCode.KR);
        BatchDetails prepared = officer.call(() -> disbursements.prepare(
                new PrepareBatch(committed.round().id(), CurrencyCode.KRW, null)));
        assertThat(prepared.total()).isEqualTo(Money.of("2000000", CurrencyCode.KRW));

        BatchDetails cancelled = officer.call(() -> disbursements.cancel(prepared.id(), prepared.version(),
                "Wrong value date"));
        assertThat(cancelled.status()).isEqualTo(BatchStatus.CANCELLED);
        assertThat(cancelled.cancelReason()).isEqualTo("Wrong value date");
        assertThat(cancelled.payments()).extracting(PaymentLine::status).containsOnly(PaymentStatus.CANCELLED);
        assertThatThrownBy(() -> actors.newOfficer(CountryCode.KR).call(() -> disbursements.release(prepared.id(), null)))
                .isInstanceOf(StateTransitionRefusedException.class);

        BatchDetails again = officer.call(() -> disbursements.prepare(
                new PrepareBatch(committed.round().id(), CurrencyCode.KRW, null)));
        assertThat(again.total()).isEqualTo(Money.of("2000000", CurrencyCode.KRW));

        var open = fixture.openRound();
        assertThatThrownBy(() -> officer.call(() -> disbursements.prepare(
                new PrepareBatch(open.id(), CurrencyCode.KRW, null))))
                .as("a round whose allocation is not committed").isInstanceOf(StateTransitionRefusedException.class);
    }

    @Test
    void aReleaseThatWouldOverdrawTheFundsCashIsRefused() {
        var committed = fixture.committed(List.of(), List.of("700000"));
        fixture.verifiedAccount(committed.kr(0));
        BatchDetails prepared = actors.newOfficer(CountryCode.KR).call(() -> disbursements.prepare(
                new PrepareBatch(committed.round().id(), CurrencyCode.KRW, null)));
        var treasurer = actors.newOfficer(CountryCode.KR);
        Money cash = fixture.balances().get("1200-KRW");
        String drain = "it-drain-cash-" + prepared.id();
        JournalEntryRecord drained = treasurer.call(() -> ledger.post(new PostEntry(drain, LocalDate.now(ZoneOffset.UTC),
                "test", "Test: cash set aside", null, List.of(JournalLine.debit("5200-KRW", cash),
                        JournalLine.credit("1200-KRW", cash)))));
        try {
            assertThatThrownBy(() -> actors.newOfficer(CountryCode.KR).call(() -> disbursements.release(prepared.id(),
                    null))).isInstanceOfSatisfying(InsufficientFundsException.class,
                    e -> assertThat(e.ruleName()).isEqualTo("insufficient-funds"));
            assertThat(actors.newAuditor().call(() -> disbursements.get(prepared.id())).status())
                    .isEqualTo(BatchStatus.PREPARED);
        } finally {
            treasurer.call(() -> ledger.post(new PostEntry(drain + "-reversal", LocalDate.now(ZoneOffset.UTC), "test",
                    "Test: cash back", drained.sequence(), drained.lines().stream().map(JournalLine::reversed).toList())));
        }
        assertThat(actors.newOfficer(CountryCode.KR).call(() -> disbursements.release(prepared.id(), null)).status())
                .isEqualTo(BatchStatus.RELEASED);
    }

    private static Document parse(byte[] xml) throws ParserConfigurationException, SAXException, IOException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static String text(Document xml, String element) {
        return xml.getElementsByTagNameNS(PAIN_001, element).item(0).getTextContent();
    }
}
