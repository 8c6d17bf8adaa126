package org.usrok.fund.allocation.verifier;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * A 100,000-claim certificate whose every number follows by hand: 100,000 companies of one claim of
 * USD 3.00 share USD 100,000.01 (PER_COUNTRY, PROPORTIONAL). λ = 10000001/30000000, every quota is
 * 300λ = 10000001/100000 cents (100.00001), the floors leave 1 cent, and the equal remainders give
 * it to the smallest company id: claim 1 is paid USD 1.01, every other USD 1.00.
 */
class LargeCertificateTest {

    private static final int N = 100_000;
    private static final String BOUNDS = "0 <= pool share <= approved (in the pool currency) and 0 <= share <= approved";
    private static final String QUOTA = "every pool share is floor(quota) or floor(quota) + 1";

    @Test
    void aLargeCertificateVerifiesAndOneCentMovedIsFound() {
        String certificate = certificate(1);
        assertTimeoutPreemptively(Duration.ofSeconds(120),
                () -> assertThat(CertificateVerifier.verify(certificate).ok()).isTrue());
        int claim1Line = 13 + N + 5;
        assertThat(CertificateVerifier.verify(certificate(N)).problems())
                .containsExactly(
                        "line " + claim1Line + ": claim 1's pool share USD 1.00 is not what the rules give (USD 1.01): its quota"
                                + " is 10000001/100000 (R7 case 2, level λ = 10000001/30000000); R9 gives company 1 USD 1.01 for"
                                + " its quota 10000001/100000 (larger remainders first, then the smaller company id), and the"
                                + " claim floor(quota) + 1 within it (larger remainders first, then the smaller claim id);"
                                + " also wrong: share paid, adjustment",
                        "line " + (claim1Line + N - 1) + ": claim " + N + "'s pool share USD 1.01 is not what the rules give"
                                + " (USD 1.00): its quota is 10000001/100000 (R7 case 2, level λ = 10000001/30000000); R9 gives"
                                + " company " + N + " USD 1.00 for its quota 10000001/100000 (larger remainders first, then the"
                                + " smaller company id), and the claim floor(quota) + 0 within it (larger remainders first, then"
                                + " the smaller claim id); also wrong: share paid, adjustment");
    }

    /** The certificate with the cent left over given to claim {@code lucky}. */
    private static String certificate(int lucky) {
        StringBuilder inputs = new StringBuilder("[inputs]\nmode=PER_COUNTRY\nmethod=PROPORTIONAL\neven-basis=-\n"
                + "company-cap=-\ncap-percent-of-pool=-\nfloor=-\npool-currency=-\nrate=-\nus-pool=USD 100000.01\n"
                + "kr-pool=KRW 0\nclaims=" + N + "\n");
        for (int i = 1; i <= N; i++) {
            inputs.append("claim=").append(i).append('|').append(i).append("|US|USD 3.00\n");
        }
        StringBuilder text = new StringBuilder("fund-allocation-certificate-v2\n").append(inputs)
                .append("[outputs]\ninputs-digest=").append(sha256(inputs.toString())).append('\n')
                .append("pool=US|USD 100000.01|USD 100000.01|USD 0.00|cap -|floor USD 0.00\n")
                .append("pool=KR|KRW 0|KRW 0|KRW 0|cap -|floor KRW 0\n");
        for (int i = 1; i <= N; i++) {
            String share = i == lucky ? "USD 1.01" : "USD 1.00";
            text.append("share=").append(i).append('|').append(i).append("|US|USD 3.00|").append(share).append('|')
                    .append(share).append("|10000001/100000|").append(i == lucky ? 1 : 0).append("|-|-\n");
        }
        return text.append("[checks]\n")
                .append("check=exact-sum|US|distributed USD 100000.01 = sum of " + N + " pool shares; leftover USD 0.00 = pool - distributed >= 0\n")
                .append("check=bounds|US|" + BOUNDS + "\ncheck=cap|US|no company cap\ncheck=floor|US|no floor\ncheck=quota|US|" + QUOTA + "\n")
                .append("check=exact-sum|KR|distributed KRW 0 = sum of 0 pool shares; leftover KRW 0 = pool - distributed >= 0\n")
                .append("check=bounds|KR|" + BOUNDS + "\ncheck=cap|KR|no company cap\ncheck=floor|KR|no floor\ncheck=quota|KR|" + QUOTA + "\n")
                .append("check=payable|all|paid USD 100000.01 and KRW 0 out of USD 100000.01 and KRW 0, each currency from its own pool\n")
                .append("check=order|all|shares ordered by claim id; result independent of input order\n[end]\n").toString();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
