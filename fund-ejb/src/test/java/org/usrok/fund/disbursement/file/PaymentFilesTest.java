package org.usrok.fund.disbursement.file;

import org.junit.jupiter.api.Test;
import org.usrok.fund.payout.AccountScheme;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.CurrencyCode;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import org.xml.sax.SAXException;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PaymentFilesTest {

    private static final String NS = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.09";
    private static final Instant CREATED = Instant.parse("2026-11-29T07:15:42.123456Z");
    private static final LocalDate EXECUTION = LocalDate.of(2026, 12, 1);

    private static CreditTransfer aba(String e2e, long minor, String name) {
        return new CreditTransfer(e2e, minor, name, AccountScheme.US_ABA, "021000021", "000123456789", null,
                CountryCode.US, "Round 7 share " + e2e);
    }

    private static CreditTransfer korean(String e2e, long minor, String name) {
        return new CreditTransfer(e2e, minor, name, AccountScheme.KR_BANK, "004", "12345678901234", null,
                CountryCode.KR, "7차 배분 " + e2e);
    }

    private static PaymentFileRequest request(CurrencyCode currency, List<CreditTransfer> transfers) {
        return new PaymentFileRequest("B-" + currency + "-000042", CREATED, EXECUTION, currency,
                "U.S.-ROK Joint Fund", currency == CurrencyCode.USD ? "987654321" : "110222333444",
                currency == CurrencyCode.USD ? "CHASUS33XXX" : "KOEXKRSE", transfers);
    }

    private static PaymentFileRequest usd() {
        return request(CurrencyCode.USD, List.of(
                aba("P-1", 123_456_78L, "Acme Industries Inc."),
                aba("P-2", 1L, "Beta & Sons <LLC>"),
                new CreditTransfer("P-3", 10_000_00L, "Gamma GmbH", AccountScheme.IBAN, null,
                        "DE89370400440532013000", "COBADEFFXXX", null, null)));
    }

    private static PaymentFileRequest krw() {
        return request(CurrencyCode.KRW, List.of(
                korean("K-1", 15_000_000L, "주식회사 한빛정밀"),
                korean("K-2", 999L, "대한 & <케미칼>"),
                new CreditTransfer("K-3", 1_000_001L, "Seoul Robotics", AccountScheme.KR_BANK, "088", "100-200-300400",
                        "SHBKKRSE", CountryCode.KR, null)));
    }

    @Test
    void aUsdFileIsValidPain001WithTheBatchTotalAsControlSumAndCents() {
        GeneratedFile file = PaymentFiles.pain001(usd());

        assertThat(file.transactionCount()).isEqualTo(3);
        assertThat(file.controlSumMinor()).isEqualTo(123_456_78L + 1L + 10_000_00L);
        assertThat(file.mediaType()).isEqualTo("application/xml");
        assertThat(file.fileName()).isEqualTo("B-USD-000042.pain001.xml");
        assertThat(file.sha256()).isEqualTo(sha256(file.content()));

        Document xml = parse(file.content());
        assertThat(xml.getDocumentElement().getNamespaceURI()).isEqualTo(NS);
        assertThat(text(xml, "GrpHdr", "CtrlSum")).isEqualTo("133456.79");
        assertThat(text(xml, "GrpHdr", "NbOfTxs")).isEqualTo("3");
        assertThat(text(xml, "GrpHdr", "MsgId")).isEqualTo("B-USD-000042");
        assertThat(text(xml, "GrpHdr", "CreDtTm")).startsWith("2026-11-29T07:15:42");
        assertThat(text(xml, "PmtInf", "CtrlSum")).isEqualTo("133456.79");
        assertThat(text(xml, "PmtInf", "PmtMtd")).isEqualTo("TRF");
        assertThat(text(xml, "PmtInf", "BtchBookg")).isEqualTo("true");
        assertThat(text(xml, "ReqdExctnDt", "Dt")).isEqualTo("2026-12-01");
        assertThat(text(xml, "DbtrAgt", "BICFI")).isEqualTo("CHASUS33XXX");
        List<Element> amounts = elements(xml, "InstdAmt");
        assertThat(amounts).extracting(Element::getTextContent).containsExactly("123456.78", "0.01", "10000.00");
        assertThat(amounts).allSatisfy(a -> assertThat(a.getAttribute("Ccy")).isEqualTo("USD"));
        BigDecimal sum = amounts.stream().map(a -> new BigDecimal(a.getTextContent())).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum).isEqualByComparingTo(new BigDecimal(text(xml, "GrpHdr", "CtrlSum")));
        assertThat(elements(xml, "EndToEndId")).extracting(Element::getTextContent).containsExactly("P-1", "P-2", "P-3");
        assertThat(elements(xml, "Cd")).extracting(Element::getTextContent).contains("USABA");
        assertThat(elements(xml, "MmbId")).extracting(Element::getTextContent).contains("021000021");
        assertThat(elements(xml, "IBAN")).extracting(Element::getTextContent).containsExactly("DE89370400440532013000");
        assertThat(elements(xml, "Ustrd")).extracting(Element::getTextContent).contains("Round 7 share P-1");
    }

    @Test
    void aKrwFileHasWholeWonAndKoreanClearingIdentifiers() {
        GeneratedFile file = PaymentFiles.pain001(krw());

        assertThat(file.transactionCount()).isEqualTo(3);
        assertThat(file.controlSumMinor()).isEqualTo(16_001_000L);
        Document xml = parse(file.content());
        assertThat(text(xml, "GrpHdr", "CtrlSum")).isEqualTo("16001000");
        assertThat(elements(xml, "InstdAmt")).extracting(Element::getTextContent)
                .containsExactly("15000000", "999", "1000001");
        assertThat(elements(xml, "InstdAmt")).allSatisfy(a -> assertThat(a.getAttribute("Ccy")).isEqualTo("KRW"));
        assertThat(elements(xml, "Prtry")).extracting(Element::getTextContent).containsExactly("KFTC", "KFTC");
        assertThat(elements(xml, "MmbId")).extracting(Element::getTextContent).containsExactly("004", "004");
        assertThat(elements(xml, "BICFI")).extracting(Element::getTextContent).containsExactly("KOEXKRSE", "SHBKKRSE");
        assertThat(elements(xml, "Ctry")).extracting(Element::getTextContent).containsExactly("KR", "KR", "KR");
        assertThat(elements(xml, "Nm")).extracting(Element::getTextContent)
                .contains("주식회사 한빛정밀", "대한 & <케미칼>");
    }

    @Test
    void namesWithMarkupCharactersAreEscapedAndKoreanIsUtf8() {
        String xml = new String(PaymentFiles.pain001(krw()).content(), StandardCharsets.UTF_8);

        assertThat(xml).startsWith("<?xml").contains("UTF-8");
        assertThat(xml).contains("대한 &amp; &lt;케미칼&gt;").doesNotContain("<케미칼>");
        assertThat(xml).contains("주식회사 한빛정밀");
        String usd = new String(PaymentFiles.pain001(usd()).content(), StandardCharsets.UTF_8);
        assertThat(usd).contains("Beta &amp; Sons &lt;LLC&gt;");
    }

    @Test
    void theSameRequestGivesTheSameBytes() {
        GeneratedFile first = PaymentFiles.pain001(usd());
        GeneratedFile second = PaymentFiles.pain001(usd());
        assertThat(second.content()).isEqualTo(first.content());
        assertThat(second.sha256()).isEqualTo(first.sha256());
        assertThat(PaymentFiles.remittanceCsv(krw()).content()).isEqualTo(PaymentFiles.remittanceCsv(krw()).content());
        assertThat(PaymentFiles.pain001(krw()).sha256()).isNotEqualTo(first.sha256());
    }

    @Test
    void aLongCreditorNameIsCutTo140CharactersAndALongReferenceIsRefused() {
        String longName = "가".repeat(100) + "B".repeat(100);
        GeneratedFile file = PaymentFiles.pain001(request(CurrencyCode.KRW, List.of(korean("K-1", 5_000L, longName))));
        String written = elements(parse(file.content()), "Nm").stream().map(Element::getTextContent)
                .filter(n -> n.startsWith("가")).findFirst().orElseThrow();
        assertThat(written).isEqualTo("가".repeat(100) + "B".repeat(40));

        assertThatThrownBy(() -> PaymentFiles.pain001(request(CurrencyCode.KRW, List.of(korean("E".repeat(36), 5_000L, "A")))))
                .isInstanceOf(PaymentFileRejectedException.class)
                .satisfies(e -> assertThat(((PaymentFileRejectedException) e).field()).isEqualTo("transfers[0].endToEndId"));
    }

    @Test
    void anEmptyBatchIsRefused() {
        assertThatThrownBy(() -> PaymentFiles.pain001(request(CurrencyCode.USD, List.of())))
                .isInstanceOf(PaymentFileRejectedException.class)
                .hasMessageContaining("at least one transfer");
        assertThatThrownBy(() -> PaymentFiles.remittanceCsv(request(CurrencyCode.USD, List.of())))
                .isInstanceOf(PaymentFileRejectedException.class);
    }

    @Test
    void zeroNegativeOrDuplicateTransfersAreRefused() {
        assertThatThrownBy(() -> PaymentFiles.pain001(request(CurrencyCode.USD, List.of(aba("P-1", 0L, "A")))))
                .isInstanceOf(PaymentFileRejectedException.class).hasMessageContaining("transfers[0].amountMinor");
        assertThatThrownBy(() -> PaymentFiles.pain001(request(CurrencyCode.USD, List.of(aba("P-1", 5L, "A"), aba("P-2", -5L, "B")))))
                .isInstanceOf(PaymentFileRejectedException.class).hasMessageContaining("transfers[1].amountMinor");
        assertThatThrownBy(() -> PaymentFiles.pain001(request(CurrencyCode.USD, List.of(aba("P-1", 5L, "A"), aba("P-1", 6L, "B")))))
                .isInstanceOf(PaymentFileRejectedException.class).hasMessageContaining("appears twice");
        assertThatThrownBy(() -> PaymentFiles.pain001(request(CurrencyCode.USD, List.of(aba("P-1", Long.MAX_VALUE, "A"), aba("P-2", 1L, "B")))))
                .isInstanceOf(PaymentFileRejectedException.class).hasMessageContaining("control sum");
    }

    @Test
    void badAccountsAndBanksAreRefused() {
        CreditTransfer badIban = new CreditTransfer("P-1", 100L, "A", AccountScheme.IBAN, null,
                "DE89370400440532013001", null, null, null);
        CreditTransfer badRouting = new CreditTransfer("P-1", 100L, "A", AccountScheme.US_ABA, "12345",
                "000123456789", null, CountryCode.US, null);
        CreditTransfer badBic = new CreditTransfer("P-1", 100L, "A", AccountScheme.US_ABA, "021000021",
                "000123456789", "chase", CountryCode.US, null);
        CreditTransfer blankName = aba("P-1", 100L, " \t ");
        CreditTransfer shortIban = new CreditTransfer("P-1", 100L, "A", AccountScheme.IBAN, null,
                "DE5137040044053201300", null, null, null);
        assertThatThrownBy(() -> PaymentFiles.pain001(request(CurrencyCode.USD, List.of(badIban))))
                .isInstanceOf(PaymentFileRejectedException.class).hasMessageContaining("IBAN");
        assertThatThrownBy(() -> PaymentFiles.pain001(request(CurrencyCode.USD, List.of(shortIban))))
                .isInstanceOf(PaymentFileRejectedException.class).hasMessageContaining("IBAN")
                .satisfies(e -> assertThat(((PaymentFileRejectedException) e).field()).isEqualTo("transfers[0].accountIdentifier"));
        assertThatThrownBy(() -> PaymentFiles.pain001(request(CurrencyCode.USD, List.of(badRouting))))
                .isInstanceOf(PaymentFileRejectedException.class).hasMessageContaining("routing");
        assertThatThrownBy(() -> PaymentFiles.pain001(request(CurrencyCode.USD, List.of(badBic))))
                .isInstanceOf(PaymentFileRejectedException.class).hasMessageContaining("BIC");
        assertThatThrownBy(() -> PaymentFiles.pain001(request(CurrencyCode.USD, List.of(blankName))))
                .isInstanceOf(PaymentFileRejectedException.class).hasMessageContaining("creditorName");
    }

    @Test
    void anIbanHasPain001sPatternAndIban4jsCountryFormatAndCheckDigits() {
        assertThat(PaymentFiles.isIban("DE89370400440532013000")).isTrue();
        assertThat(PaymentFiles.isIban("GB29NWBK60161331926819")).isTrue();
        assertThat(PaymentFiles.isIban("NL91ABNA0417164300")).isTrue();
        assertThat(PaymentFiles.isIban("FR1420041010050500013M02606")).isTrue();

        // wrong check digits
        assertThat(PaymentFiles.isIban("DE89370400440532013001")).isFalse();
        assertThat(PaymentFiles.isIban("DE00370400440532013000")).isFalse();
        // right mod-97 check digits, but the wrong length for the country (a German IBAN has 22
        // characters) or a country that has no IBAN
        assertThat(PaymentFiles.isIban("DE5137040044053201300")).isFalse();
        assertThat(PaymentFiles.isIban("DE813704004405320130000")).isFalse();
        assertThat(PaymentFiles.isIban("US97021000021000123456789")).isFalse();
        assertThat(PaymentFiles.isIban("KR7900412345678901234")).isFalse();
        // the registry's layout has upper-case letters for a British bank code
        assertThat(PaymentFiles.isIban("GB29nwbk60161331926819")).isFalse();

        // junk, and forms a file never carries: spaces, lower-case country, surrounding white space,
        // digits outside ASCII (iban4j alone would take the Arabic-Indic and the full-width ones)
        assertThat(PaymentFiles.isIban(null)).isFalse();
        assertThat(PaymentFiles.isIban("")).isFalse();
        assertThat(PaymentFiles.isIban("hello")).isFalse();
        assertThat(PaymentFiles.isIban("DE89")).isFalse();
        assertThat(PaymentFiles.isIban("000123456789")).isFalse();
        assertThat(PaymentFiles.isIban("DE89 3704 0044 0532 0130 00")).isFalse();
        assertThat(PaymentFiles.isIban("de89370400440532013000")).isFalse();
        assertThat(PaymentFiles.isIban(" DE89370400440532013000")).isFalse();
        assertThat(PaymentFiles.isIban("DE89370400440532013000\n")).isFalse();
        assertThat(PaymentFiles.isIban("DE89\u0663\u0667\u0660\u0664\u0660\u0660\u0664\u0664\u0660\u0665\u0663\u0662\u0660\u0661\u0663\u0660\u0660\u0660"))
                .isFalse();
        assertThat(PaymentFiles.isIban("GB29NWBK6016133192681\uFF19")).isFalse();
    }

    @Test
    void theDebtorAccountIsWrittenAsAnIbanOnlyWhenItIsOne() {
        Element iban = debtorAccount("DE89370400440532013000");
        assertThat(iban.getElementsByTagNameNS(NS, "IBAN").item(0).getTextContent()).isEqualTo("DE89370400440532013000");
        assertThat(iban.getElementsByTagNameNS(NS, "Othr").getLength()).isZero();

        // right mod-97 check digits but one digit short for Germany: an account number, not an IBAN
        Element other = debtorAccount("DE5137040044053201300");
        assertThat(other.getElementsByTagNameNS(NS, "IBAN").getLength()).isZero();
        assertThat(other.getElementsByTagNameNS(NS, "Othr").item(0).getTextContent().strip())
                .isEqualTo("DE5137040044053201300");
    }

    private static Element debtorAccount(String identifier) {
        PaymentFileRequest base = usd();
        PaymentFileRequest request = new PaymentFileRequest(base.messageId(), base.createdAt(),
                base.requestedExecutionDate(), base.currency(), base.debtorName(), identifier,
                base.debtorAgentBic(), base.transfers());
        return elements(parse(PaymentFiles.pain001(request).content()), "DbtrAcct").get(0);
    }

    @Test
    void theValidationRefusesAFileWhoseControlSumDiffersFromTheBatch() {
        GeneratedFile file = PaymentFiles.pain001(usd());
        assertThatCode(() -> PaymentFiles.validatePain001(file.content(), CurrencyCode.USD, 3, 133_456_79L))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> PaymentFiles.validatePain001(file.content(), CurrencyCode.KRW, 3, 133_456_79L))
                .isInstanceOf(PaymentFileRejectedException.class).hasMessageContaining("in KRW");
        assertThatThrownBy(() -> Pain001Validation.validate(file.content(), CurrencyCode.USD, 3, file.controlSumMinor() + 1))
                .isInstanceOf(PaymentFileRejectedException.class).hasMessageContaining("CtrlSum");
        assertThatThrownBy(() -> Pain001Validation.validate(file.content(), CurrencyCode.USD, 4, file.controlSumMinor()))
                .isInstanceOf(PaymentFileRejectedException.class).hasMessageContaining("NbOfTxs");
    }

    @Test
    void theValidationRefusesFilesBrokenInStructureOrFacets() {
        String xml = new String(PaymentFiles.pain001(usd()).content(), StandardCharsets.UTF_8);
        Map<String, String> broken = new LinkedHashMap<>();
        broken.put(xml.replace("<PmtMtd>TRF</PmtMtd>", ""), "schema");
        broken.put(xml.replace("<BtchBookg>true</BtchBookg>", "<BtchBookg>maybe</BtchBookg>"), "schema");
        broken.put(xml.replace("<GrpHdr>", "<GrpHdr><Unknown>1</Unknown>"), "schema");
        broken.put(xml.replace("<MsgId>B-USD-000042</MsgId>", ""), "schema");
        broken.put(xml.replace("<EndToEndId>P-1</EndToEndId>", "<EndToEndId>" + "X".repeat(36) + "</EndToEndId>"),
                "EndToEndId");
        broken.put(xml.replace(">123456.78<", ">123456.789<"), "InstdAmt");
        broken.put(xml.replace("<BICFI>CHASUS33XXX</BICFI>", "<BICFI>CHASE</BICFI>"), "BICFI");
        broken.put(xml.replace("<Dt>2026-12-01</Dt>", "<Dt>01.12.2026</Dt>"), "date");
        broken.put(xml.replace("Ccy=\"USD\"", "Ccy=\"usd\""), "Ccy");
        broken.put(xml.replace("<IBAN>DE89370400440532013000</IBAN>", "<IBAN>DE89370400440532013001</IBAN>"), "IBAN");
        broken.put(xml.replace("<IBAN>DE89370400440532013000</IBAN>", "<IBAN>DE5137040044053201300</IBAN>"), "IBAN");
        broken.put(xml.replace("<IBAN>DE89370400440532013000</IBAN>", "<IBAN>US97021000021000123456789</IBAN>"), "IBAN");
        broken.put(xml.replace("<IBAN>DE89370400440532013000</IBAN>", "<IBAN>hello</IBAN>"), "IBAN");
        broken.put(xml.replace("<IBAN>DE89370400440532013000</IBAN>", "<IBAN>DE89370400440532013000 </IBAN>"), "IBAN");
        broken.put(xml.replace("<Nm>Acme Industries Inc.</Nm>", "<Nm>" + "A".repeat(141) + "</Nm>"), "Nm");
        broken.put(xml.replace("<PmtMtd>TRF</PmtMtd>", "<PmtMtd>XYZ</PmtMtd>"), "PmtMtd");
        broken.put(xml.replace(">0.01<", ">1.01<"), "CtrlSum");
        broken.forEach((file, rule) -> {
            assertThat(file).isNotEqualTo(xml);
            assertThatThrownBy(() -> Pain001Validation.validate(file.getBytes(StandardCharsets.UTF_8), CurrencyCode.USD, 3,
                    123_456_78L + 1L + 10_000_00L))
                    .as(rule)
                    .isInstanceOf(PaymentFileRejectedException.class)
                    .hasMessageContaining(rule);
        });
        assertThatCode(() -> Pain001Validation.validate(xml.getBytes(StandardCharsets.UTF_8), CurrencyCode.USD, 3,
                123_456_78L + 1L + 10_000_00L)).doesNotThrowAnyException();
    }

    @Test
    void theRemittanceReportHasARowPerTransferMaskedAccountsAndATotal() {
        GeneratedFile csv = PaymentFiles.remittanceCsv(krw());
        assertThat(csv.mediaType()).isEqualTo("text/csv");
        assertThat(csv.fileName()).isEqualTo("B-KRW-000042.remittance.csv");
        assertThat(csv.transactionCount()).isEqualTo(3);
        assertThat(csv.controlSumMinor()).isEqualTo(16_001_000L);
        assertThat(csv.sha256()).isEqualTo(sha256(csv.content()));
        String text = new String(csv.content(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        assertThat(text.substring(1).split("\r\n", -1)).containsExactly(
                "end_to_end_id,creditor,account,amount,currency,remittance",
                "K-1,주식회사 한빛정밀,****1234,15000000,KRW,7차 배분 K-1",
                "K-2,대한 & <케미칼>,****1234,999,KRW,7차 배분 K-2",
                "K-3,Seoul Robotics,****0400,1000001,KRW,",
                "TOTAL,3 transfers,,16001000,KRW,",
                "");
    }

    @Test
    void theRemittanceReportNeutralisesFormulasAndQuotesPerRfc4180() {
        GeneratedFile csv = PaymentFiles.remittanceCsv(request(CurrencyCode.USD, List.of(
                new CreditTransfer("P-1", 1_234_50L, "=HYPERLINK(\"http://x\")", AccountScheme.US_ABA, "021000021",
                        "12", null, CountryCode.US, "+1, -2 @3"),
                new CreditTransfer("P-2", 5L, "@SUM(A1)", AccountScheme.US_ABA, "021000021", "98765", null,
                        CountryCode.US, "-cmd|' /C calc'!A0"))));
        String[] lines = new String(csv.content(), StandardCharsets.UTF_8).substring(1).split("\r\n");
        assertThat(lines[1]).isEqualTo("P-1,\"'=HYPERLINK(\"\"http://x\"\")\",****,1234.50,USD,\"'+1, -2 @3\"");
        assertThat(lines[2]).isEqualTo("P-2,'@SUM(A1),****8765,0.05,USD,'-cmd|' /C calc'!A0");
        assertThat(lines[3]).isEqualTo("TOTAL,2 transfers,,1234.55,USD,");
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException missing) {
            throw new AssertionError("every Java runtime has SHA-256", missing);
        }
    }

    private static Document parse(byte[] xml) {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        try {
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (ParserConfigurationException | SAXException | IOException notXml) {
            throw new AssertionError("the file is not well-formed XML", notXml);
        }
    }

    private static List<Element> elements(Document xml, String name) {
        NodeList nodes = xml.getElementsByTagNameNS(NS, name);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    private static String text(Document xml, String parent, String child) {
        Element first = elements(xml, parent).get(0);
        NodeList nodes = first.getElementsByTagNameNS(NS, child);
        return nodes.item(0).getTextContent();
    }
}
