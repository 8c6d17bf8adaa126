package org.usrok.fund.web.document;

import org.junit.jupiter.api.Test;
import org.usrok.fund.company.CompanyDetails;
import org.usrok.fund.company.CompanyStatus;
import org.usrok.fund.company.IndustrySector;
import org.usrok.fund.disbursement.CompanyPayment;
import org.usrok.fund.disbursement.PaymentStatus;
import org.usrok.fund.recovery.RecoveryDetails;
import org.usrok.fund.recovery.RecoveryReceiptSummary;
import org.usrok.fund.recovery.RecoveryStatus;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.Money;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class CompanyStatementPdfTest {

    private static final Instant RELEASED = Instant.parse("2026-12-01T09:00:00Z");

    private static Money krw(String amount) {
        return Money.of(amount, CurrencyCode.KRW);
    }

    static CompanyStatement statement() {
        CompanyDetails company = new CompanyDetails(12, 1, "한빛소재 주식회사", CountryCode.KR, null, null, "1208147521",
                "테헤란로 1", "서울", null, "06236", IndustrySector.values()[0], "김민수", "minsu@example.kr",
                CompanyStatus.VERIFIED, "hanbit", RELEASED, "kr.officer1", RELEASED, null);
        List<CompanyPayment> payments = List.of(
                payment(301, "1300000000", PaymentStatus.PAID, null),
                payment(302, "20000000", PaymentStatus.RETURNED, "계좌 해지"),
                payment(303, "5000000", PaymentStatus.RELEASED, null));
        RecoveryDetails recovery = new RecoveryDetails(41, 3, 12, company.legalName(), CountryCode.KR, 51L,
                "2026 Rare Earth Magnets Round", "2026 희토류 자석 공모", krw("100000000"), krw("60000000"),
                krw("40000000"), RecoveryStatus.PARTIALLY_RECOVERED, "이중 지급", null, RELEASED, null, RELEASED, 900L,
                null, null, null, List.of(new RecoveryReceiptSummary(1, 1, krw("60000000"), LocalDate.of(2026, 12, 4),
                        "KB-REPAY-1", 901L, null, RELEASED)));
        return new CompanyStatement(company, payments, List.of(recovery));
    }

    private static CompanyPayment payment(long id, String amount, PaymentStatus status, String reason) {
        return new CompanyPayment(id, 9, 51, "2026 Rare Earth Magnets Round", "2026 희토류 자석 공모", krw(amount),
                "FUND-B9-C" + id, status, status == PaymentStatus.RELEASED ? null : LocalDate.of(2026, 12, 2),
                "BOK-" + id, reason, "*****0101", RELEASED, List.of(73L));
    }

    @Test
    void addsUpPaidSentReturnedAndRecoveredPerCurrency() {
        var totals = statement().totals();
        assertThat(totals).hasSize(1);
        var krw = totals.get(0);
        assertThat(krw.paid()).isEqualTo(krw("1300000000"));
        assertThat(krw.sent()).isEqualTo(krw("5000000"));
        assertThat(krw.returned()).isEqualTo(krw("20000000"));
        assertThat(krw.recovered()).isEqualTo(krw("60000000"));
        assertThat(krw.outstanding()).isEqualTo(krw("40000000"));
        assertThat(krw.net()).isEqualTo(krw("1245000000"));
    }

    @Test
    void listsPaymentsAndRecoveriesInKorean() throws IOException {
        PdfText pdf = PdfText.read(CompanyStatementPdf.render(statement(), new DocumentText(Locale.KOREAN),
                Instant.parse("2026-12-07T03:20:00Z")));

        assertThat(pdf.text()).contains("기업 거래 명세서", "한빛소재 주식회사 (12)", "2026 희토류 자석 공모",
                "KRW 1,300,000,000", "KRW 20,000,000", "KRW 60,000,000", "KRW 40,000,000", "KRW 1,245,000,000",
                "FUND-B9-C302", "계좌 해지", "KB-REPAY-1", "2026년 12월 4일");
        assertThat(pdf.allFontsEmbedded()).isTrue();
    }

    @Test
    void listsThemInEnglish() throws IOException {
        PdfText pdf = PdfText.read(CompanyStatementPdf.render(statement(), new DocumentText(Locale.ENGLISH),
                Instant.parse("2026-12-07T03:20:00Z")));

        assertThat(pdf.text()).contains("Company statement", "Paid", "Returned", "Recovered",
                "2026 Rare Earth Magnets Round (2026 희토류 자석 공모)", "KRW 1,245,000,000", "December 4, 2026");
    }
}
