package org.usrok.fund.allocation.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The certificate's digest is taken a part at a time; it equals the SHA-256 of the whole text's UTF-8 bytes. */
class CertificateDigestTest {

    @Test
    void aTextOfManyPartsWithKoreanAndSurrogatePairsAcrossPartsDigestsAsWholeBytes() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 70_000; i++) {
            // a supplementary character (two chars) lands on every part boundary sooner or later
            text.append(i % 7 == 0 ? "\uD83D\uDCB0" : i % 3 == 0 ? "환율" : "x");
        }
        for (String sample : new String[] {"", "fund", "한미 공급망 안정화 기금", "an unpaired \uD800 surrogate", text.toString()}) {
            assertThat(CertificateText.sha256(sample)).isEqualTo(AllocationPropertyTest.sha256(sample));
        }
        assertThat(CertificateText.sha256("")).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }
}
