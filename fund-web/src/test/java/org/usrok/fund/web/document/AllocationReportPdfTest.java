package org.usrok.fund.web.document;

import org.junit.jupiter.api.Test;
import org.usrok.fund.allocation.PoolSummary;
import org.usrok.fund.allocation.ScenarioDetails;
import org.usrok.fund.allocation.ScenarioStatus;
import org.usrok.fund.allocation.ShareLine;
import org.usrok.fund.allocation.core.AllocationMethod;
import org.usrok.fund.allocation.core.EvenBasis;
import org.usrok.fund.allocation.core.PoolMode;
import org.usrok.fund.round.RoundDetails;
import org.usrok.fund.round.RoundStatus;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.Money;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class AllocationReportPdfTest {

    private static final String CERTIFICATE = "aa11bb22cc33dd44ee55ff66aa11bb22cc33dd44ee55ff66aa11bb22cc33dd44";
    private static final String INPUTS = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    private static Money usd(String amount) {
        return Money.of(amount, CurrencyCode.USD);
    }

    private static Money krw(String amount) {
        return Money.of(amount, CurrencyCode.KRW);
    }

    static AllocationReport report() {
        Instant at = Instant.parse("2026-12-03T08:15:00Z");
        RoundDetails round = new RoundDetails(51, 3, "2026 Rare Earth Magnets Round", "2026 희토류 자석 공모", at, at, at, at,
                "Asia/Seoul", null, usd("3000000.00"), null, krw("3900000000"), null, List.of(), List.of(),
                RoundStatus.ALLOCATED, "us.officer1", "us.officer1", at, "kr.officer1", at, at, at, 1L, 2L);
        ScenarioDetails scenario = new ScenarioDetails(61, 4, 51, round.nameEn(), "Proportional per country",
                AllocationMethod.PROPORTIONAL, EvenBasis.COMPANY, PoolMode.PER_COUNTRY, null, null, null, null, null,
                null, usd("3000000.00"), krw("3900000000"), 3, List.of(usd("2600000.00"), krw("1300000000")),
                List.of(new PoolSummary("US", usd("3000000.00"), usd("2600000.00"), usd("400000.00")),
                        new PoolSummary("KR", krw("3900000000"), krw("1300000000"), krw("2600000000"))),
                INPUTS, CERTIFICATE, ScenarioStatus.COMMITTED, "kr.officer2", at, "kr.officer2", at, "us.officer7",
                Instant.parse("2026-12-02T10:00:00Z"), "kr.officer9", Instant.parse("2026-12-03T08:15:00Z"), null, null,
                null, at, 812L, List.of());
        List<ShareLine> shares = List.of(
                new ShareLine(71, "Magnet line retooling", 9, "Hanbit Magnetics Inc.", CountryCode.US,
                        usd("1500000.00"), usd("1500000.00"), usd("1500000.00"), "1500000", 0, false, false),
                new ShareLine(72, "Second line", 9, "Hanbit Magnetics Inc.", CountryCode.US,
                        usd("1100000.00"), usd("1100000.00"), usd("1100000.00"), "1100000", 0, false, false),
                new ShareLine(73, "자석 공급선 다변화", 12, "한빛소재 주식회사", CountryCode.KR,
                        krw("1300000000"), krw("1300000000"), krw("1300000000"), "1300000000", 0, false, false));
        return new AllocationReport(round, scenario, shares);
    }

    @Test
    void addsTheSharesUpPerCompanyAndPerCountryWithoutMixingCurrencies() {
        var byCompany = report().byCompany();
        assertThat(byCompany).extracting(AllocationReport.CompanyTotal::companyName, AllocationReport.CompanyTotal::claims,
                AllocationReport.CompanyTotal::allocated).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Hanbit Magnetics Inc.", 2, usd("2600000.00")),
                        org.assertj.core.groups.Tuple.tuple("한빛소재 주식회사", 1, krw("1300000000")));
        assertThat(report().byCountry()).extracting(AllocationReport.CountryTotal::country,
                AllocationReport.CountryTotal::companies, AllocationReport.CountryTotal::allocated).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(CountryCode.US, 1, usd("2600000.00")),
                        org.assertj.core.groups.Tuple.tuple(CountryCode.KR, 1, krw("1300000000")));
    }

    @Test
    void statesPoolsMethodSharesApprovalsAndDigests() throws IOException {
        PdfText pdf = PdfText.read(AllocationReportPdf.render(report(), new DocumentText(Locale.ENGLISH),
                Instant.parse("2026-12-07T03:20:00Z")));

        assertThat(pdf.text()).contains("Allocation report", "2026 Rare Earth Magnets Round (2026 희토류 자석 공모)",
                "Proportional", "Per country", "U.S. pool", "USD 3,000,000.00", "USD 400,000.00", "KRW 3,900,000,000",
                "KRW 2,600,000,000", "us.officer7, December 2, 2026 10:00 UTC", "kr.officer9, December 3, 2026 08:15 UTC",
                "United States", "Republic of Korea", "Hanbit Magnetics Inc. (9)", "한빛소재 주식회사 (12)",
                "USD 2,600,000.00", "KRW 1,300,000,000", "자석 공급선 다변화 (73)", INPUTS, CERTIFICATE);
        assertThat(pdf.allFontsEmbedded()).isTrue();
    }

    @Test
    void speaksKorean() throws IOException {
        PdfText pdf = PdfText.read(AllocationReportPdf.render(report(), new DocumentText(Locale.KOREAN),
                Instant.parse("2026-12-07T03:20:00Z")));

        assertThat(pdf.text()).contains("배분 보고서", "2026 희토류 자석 공모 (2026 Rare Earth Magnets Round)", "국가별 배분",
                "기업별 배분", "KRW 1,300,000,000", CERTIFICATE);
    }
}
