package org.usrok.fund.web.document;

import org.junit.jupiter.api.Test;
import org.usrok.fund.allocation.AwardLetter;
import org.usrok.fund.allocation.CompanyAllocation;
import org.usrok.fund.allocation.core.AllocationMethod;
import org.usrok.fund.allocation.core.EvenBasis;
import org.usrok.fund.allocation.core.PoolMode;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.Money;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class AwardLetterPdfTest {

    private static final String DIGEST = "3f5a1c0e9b7d2a4c6e8f0a1b3c5d7e9f1a2b4c6d8e0f1a3b5c7d9e1f2a4b6c8d";
    private static final Instant COMMITTED = Instant.parse("2026-12-03T08:15:00Z");

    static AwardLetter letter() {
        var first = allocation(71, "Magnet line retooling", "1500000.00", "1234567.89", "1234567.89/1", 1);
        var second = allocation(72, "자석 공급선 다변화", "250000.00", "200000.50", "200000.495", 0);
        return new AwardLetter(9, "Hanbit Magnetics Inc.", 51, "2026 Rare Earth Magnets Round", "2026 희토류 자석 공모",
                61, "Proportional per country", AllocationMethod.PROPORTIONAL, EvenBasis.COMPANY, PoolMode.PER_COUNTRY,
                null, Instant.parse("2026-12-02T10:00:00Z"), Instant.parse("2026-12-03T08:15:00Z"), COMMITTED, DIGEST,
                List.of(first, second));
    }

    private static CompanyAllocation allocation(long claimId, String title, String approved, String share, String quota,
                                                long adjustment) {
        return new CompanyAllocation(51, "2026 Rare Earth Magnets Round", "2026 희토류 자석 공모", 61,
                AllocationMethod.PROPORTIONAL, EvenBasis.COMPANY, PoolMode.PER_COUNTRY, null, claimId, title,
                Money.of(approved, CurrencyCode.USD), Money.of(share, CurrencyCode.USD), Money.of(share, CurrencyCode.USD),
                quota, adjustment, false, false, Money.of("1000.00", CurrencyCode.USD), COMMITTED);
    }

    @Test
    void statesTheRoundTheAmountsTheComputationAndTheDigestInEnglish() throws IOException {
        PdfText pdf = PdfText.read(AwardLetterPdf.render(letter(), new DocumentText(Locale.ENGLISH),
                Instant.parse("2026-12-07T03:20:00Z")));

        assertThat(pdf.text()).contains("Award letter", "Hanbit Magnetics Inc.",
                "2026 Rare Earth Magnets Round (2026 희토류 자석 공모)", "Proportional per country (61)",
                "Magnet line retooling (71)", "자석 공급선 다변화 (72)",
                "USD 1,500,000.00", "USD 1,234,567.89", "USD 200,000.50", "Total USD", "USD 1,434,568.39",
                "USD 1,750,000.00", "exact quota 200000.495", "rounding adjustment 1 minor units",
                "Paid so far: USD 2,000.00 of USD 1,434,568.39.", "December 3, 2026 08:15 UTC", DIGEST,
                "generated December 7, 2026 03:20 UTC");
        assertThat(pdf.allFontsEmbedded()).isTrue();
        assertThat(pdf.fonts()).as("Nanum Gothic, embedded as a subset (ABCDEF+ prefix)")
                .allMatch(name -> name.matches("[A-Z]{6}\\+NanumGothic.*"));
    }

    @Test
    void speaksKoreanToAKoreanReader() throws IOException {
        PdfText pdf = PdfText.read(AwardLetterPdf.render(letter(), new DocumentText(Locale.KOREAN),
                Instant.parse("2026-12-07T03:20:00Z")));

        assertThat(pdf.text()).contains("배분 통지서", "2026 희토류 자석 공모 (2026 Rare Earth Magnets Round)", "비례 배분",
                "USD 1,234,567.89", "2026년 12월 3일", DIGEST);
    }
}
