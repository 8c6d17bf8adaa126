package org.usrok.fund.it.disbursement;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.usrok.fund.disbursement.file.CreditTransfer;
import org.usrok.fund.disbursement.file.GeneratedFile;
import org.usrok.fund.disbursement.file.PaymentFileRejectedException;
import org.usrok.fund.disbursement.file.PaymentFileRequest;
import org.usrok.fund.disbursement.file.PaymentFiles;
import org.usrok.fund.it.support.FundDeployment;
import org.usrok.fund.payout.AccountScheme;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.CurrencyCode;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The payment files are written and validated inside the server as well: the Prowide model in the
 * EAR's {@code lib/} binds with the server's Jakarta XML Binding, and the schema is generated there.
 */
@ExtendWith(ArquillianExtension.class)
class PaymentFilesIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return FundDeployment.withTests(PaymentFilesIT.class);
    }

    private static PaymentFileRequest krw(List<CreditTransfer> transfers) {
        return new PaymentFileRequest("IT-KRW-1", Instant.parse("2026-11-29T08:00:00Z"), LocalDate.of(2026, 12, 2),
                CurrencyCode.KRW, "U.S.-ROK Joint Fund", "110222333444", "KOEXKRSE", transfers);
    }

    @Test
    void aValidatedPain001AndItsReportAreWrittenInTheServer() {
        PaymentFileRequest request = krw(List.of(
                new CreditTransfer("IT-1", 15_000_000L, "주식회사 한빛 & <정밀>", AccountScheme.KR_BANK, "004",
                        "12345678901234", null, CountryCode.KR, "7차 배분"),
                new CreditTransfer("IT-2", 999L, "Seoul Robotics", AccountScheme.KR_BANK, "088", "100200300400",
                        "SHBKKRSE", CountryCode.KR, null)));

        GeneratedFile xml = PaymentFiles.pain001(request);
        GeneratedFile csv = PaymentFiles.remittanceCsv(request);

        assertThat(xml.controlSumMinor()).isEqualTo(15_000_999L).isEqualTo(csv.controlSumMinor());
        assertThat(xml.transactionCount()).isEqualTo(2);
        String text = new String(xml.content(), StandardCharsets.UTF_8);
        assertThat(text).contains("<CtrlSum>15000999</CtrlSum>", "주식회사 한빛 &amp; &lt;정밀&gt;",
                "xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.001.001.09\"");
        assertThat(PaymentFiles.pain001(request).sha256()).isEqualTo(xml.sha256());
        assertThat(new String(csv.content(), StandardCharsets.UTF_8)).contains("TOTAL,2 transfers,,15000999,KRW,");
    }

    @Test
    void anInvalidBatchIsRefusedWithTheRule() {
        assertThatThrownBy(() -> PaymentFiles.pain001(krw(List.of(new CreditTransfer("IT-1", 0L, "A",
                AccountScheme.KR_BANK, "004", "1234", null, CountryCode.KR, null)))))
                .isInstanceOf(PaymentFileRejectedException.class)
                .hasMessageContaining("transfers[0].amountMinor");
    }
}
