package org.usrok.fund.allocation.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.usrok.fund.allocation.core.AllocationFixtures.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.usrok.fund.shared.CurrencyCode;

/** A changed share, input, check or line count is found, and the problem names the first bad line. */
class CertificateTamperTest {

    private static final AllocationRequest REQUEST = new AllocationRequest(PoolMode.POOLED, usd("1000.00"),
            krw("2000000"), CurrencyCode.USD, ECOS,
            new AllocationRules(AllocationMethod.PROPORTIONAL, null, usd("900.00"), null, usd("1.00")),
            List.of(us(1, 101, "1500.00"), us(2, 102, "500.00"), kr(3, 201, "2000000"), kr(4, 202, "1000000")));

    private final String text = Allocator.allocate(REQUEST).certificate().text();

    @Test
    void theUntouchedCertificateVerifies() {
        assertThat(CertificateVerifier.verify(text)).isEqualTo(new Verification(true, List.of()));
    }

    @Test
    void aChangedShareIsNamedByItsLine() {
        String tampered = text.replace("|USD 879.97|USD 879.97|", "|USD 879.97|USD 889.97|");
        assertThat(tampered).isNotEqualTo(text);
        Verification v = CertificateVerifier.verify(tampered);
        assertThat(v.ok()).isFalse();
        assertThat(v.problems()).hasSize(1);
        assertThat(v.problems().get(0)).startsWith("line " + lineOf("share=1|")).contains("USD 889.97");
    }

    @Test
    void aChangedInputBreaksTheInputsDigestAndTheShares() {
        String tampered = text.replace("claim=2|102|US|USD 500.00", "claim=2|102|US|USD 5000.00");
        Verification v = CertificateVerifier.verify(tampered);
        assertThat(v.ok()).isFalse();
        assertThat(v.problems().get(0)).startsWith("line " + lineOf("inputs-digest=")).contains("inputs digest");
        // the regenerated outputs differ too: the first differing output line is named
        assertThat(v.problems()).hasSize(2);
        assertThat(v.problems().get(1)).matches("line \\d+: expected 'conversion=shares paid in KRW.*");
    }

    @Test
    void aChangedCheckIsFound() {
        String tampered = text.replace("check=cap|POOLED|no company above USD 900.00", "check=cap|POOLED|no company cap");
        Verification v = CertificateVerifier.verify(tampered);
        assertThat(v.problems()).singleElement().asString().startsWith("line " + lineOf("check=cap|"));
    }

    @Test
    void aRemovedShareLineIsFound() {
        String tampered = text.replaceFirst("share=4\\|[^\\n]*\\n", "");
        Verification v = CertificateVerifier.verify(tampered);
        assertThat(v.ok()).isFalse();
        assertThat(v.problems().get(0)).startsWith("line " + lineOf("share=4|"));
    }

    @Test
    void anUnreadableInputLineIsNamed() {
        Verification v = CertificateVerifier.verify(text.replace("method=PROPORTIONAL", "method=RANDOM"));
        assertThat(v.problems()).singleElement().asString().startsWith("line 4: cannot read 'method=RANDOM'");
        assertThat(CertificateVerifier.verify("").ok()).isFalse();
        assertThat(CertificateVerifier.verify("hello\n").problems()).singleElement().asString().startsWith("line 1:");
    }

    private int lineOf(String prefix) {
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(prefix)) {
                return i + 1;
            }
        }
        throw new AssertionError(prefix);
    }
}
