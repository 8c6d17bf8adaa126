package org.usrok.fund.allocation.verifier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.usrok.fund.allocation.verifier.WorkedCertificates.EXAMPLE_10;
import static org.usrok.fund.allocation.verifier.WorkedCertificates.EXAMPLE_12;
import static org.usrok.fund.allocation.verifier.WorkedCertificates.EXAMPLE_15_DROPPED;
import static org.usrok.fund.allocation.verifier.WorkedCertificates.EXAMPLE_15_FIT;
import static org.usrok.fund.allocation.verifier.WorkedCertificates.EXAMPLE_2;
import static org.usrok.fund.allocation.verifier.WorkedCertificates.EXAMPLE_3;
import static org.usrok.fund.allocation.verifier.WorkedCertificates.EXAMPLE_4;
import static org.usrok.fund.allocation.verifier.WorkedCertificates.EXAMPLE_6;
import static org.usrok.fund.allocation.verifier.WorkedCertificates.EXAMPLE_7;
import static org.usrok.fund.allocation.verifier.WorkedCertificates.EXAMPLE_8;

/** The verifier on hand-written certificates of the worked examples, and on tampered copies of them. */
class CertificateVerifierTest {

    static Stream<Arguments> examples() {
        return Stream.of(
                Arguments.of("2", EXAMPLE_2), Arguments.of("3", EXAMPLE_3), Arguments.of("4", EXAMPLE_4),
                Arguments.of("6", EXAMPLE_6), Arguments.of("7", EXAMPLE_7), Arguments.of("8", EXAMPLE_8),
                Arguments.of("10", EXAMPLE_10), Arguments.of("12", EXAMPLE_12),
                Arguments.of("15 (fit)", EXAMPLE_15_FIT), Arguments.of("15 (dropped)", EXAMPLE_15_DROPPED),
                Arguments.of("5", WorkedCertificates.EXAMPLE_5), Arguments.of("13", WorkedCertificates.EXAMPLE_13),
                Arguments.of("14 (USD 8.35)", WorkedCertificates.EXAMPLE_14_SAME),
                Arguments.of("14 (USD 14.33)", WorkedCertificates.EXAMPLE_14_RAISED),
                Arguments.of("EVEN / CLAIM, λ below μ", WorkedCertificates.EVEN_CLAIM_LEVEL_UNDER_MU),
                Arguments.of("EVEN / CLAIM, λ above μ", WorkedCertificates.EVEN_CLAIM_LEVEL_ABOVE_MU),
                Arguments.of("EVEN / COMPANY", WorkedCertificates.EVEN_COMPANY),
                Arguments.of("KRW/USD rate", WorkedCertificates.KRW_USD_RATE),
                Arguments.of("CONTRIBUTION_SHARE, one side", WorkedCertificates.CONTRIBUTION_ONE_SIDE),
                Arguments.of("no claims", WorkedCertificates.NO_CLAIMS));
    }

    @ParameterizedTest(name = "example {0} verifies")
    @MethodSource("examples")
    void workedExampleVerifies(String name, String certificate) {
        assertThat(CertificateVerifier.verify(certificate)).isEqualTo(new Verification(true, List.of()));
    }

    @ParameterizedTest(name = "example {0}: any output line changed is rejected at that line")
    @MethodSource("examples")
    void everyOutputLineIsChecked(String name, String certificate) {
        List<String> lines = lines(certificate);
        for (int n = lines.indexOf("[outputs]") + 2; n <= lines.size(); n++) {
            assertRejectedAt(replaceLine(certificate, n, lines.get(n - 1) + "x"), n);
        }
    }

    @ParameterizedTest(name = "example {0}: every pool share one minor unit up or down is rejected")
    @MethodSource("examples")
    void everySingleUnitChangeOfAShareIsRejected(String name, String certificate) {
        List<String> lines = lines(certificate);
        for (int n = 1; n <= lines.size(); n++) {
            if (lines.get(n - 1).startsWith("share=")) {
                String[] f = lines.get(n - 1).split("\\|");
                for (int delta : new int[] {1, -1}) {
                    f[4] = shifted(lines.get(n - 1).split("\\|")[4], delta);
                    assertRejectedAt(replaceLine(certificate, n, String.join("|", f)), n);
                }
            }
        }
    }

    // ---------------------------------------------------------------- rounding (R9)

    @Test
    void aCentMovedToALargerCompanyIdIsAWrongTieBreak() {
        String moved = replaceLine(replaceLine(EXAMPLE_2, 21,
                        "share=1|101|US|USD 100.00|USD 33.33|USD 33.33|10000/3|0|-|-"), 22,
                "share=2|102|US|USD 100.00|USD 33.34|USD 33.34|10000/3|1|-|-");
        assertRejectedAt(moved, 21, "claim 1's pool share USD 33.33 is not what the rules give (USD 33.34)",
                "smaller company id");
        assertThat(CertificateVerifier.verify(moved).problems()).hasSize(2);
        assertThat(CertificateVerifier.verify(moved).problems().get(1)).startsWith("line 22: claim 2's pool share");
    }

    @Test
    void aCentGivenToASmallerRemainderIsAWrongLargestRemainder() {
        String moved = replaceLine(replaceLine(EXAMPLE_7, 23,
                        "share=1|101|US|USD 1500.00|USD 879.98|USD 879.98|2036525000/23143|1|-|-"), 24,
                "share=2|102|US|USD 500.00|USD 293.32|USD 293.32|2036525000/69429|0|-|-");
        assertRejectedAt(moved, 23, "claim 1's pool share USD 879.98 is not what the rules give (USD 879.97)",
                "also wrong: share paid, adjustment");
    }

    @Test
    void theWonWithinKoreaGoesToTheLargerRemainder() {
        String moved = replaceLine(replaceLine(EXAMPLE_6, 24,
                        "share=3|201|KR|KRW 2000000|KRW 1333334|KRW 1333334|4000000/3|1|-|-"), 25,
                "share=4|202|KR|KRW 1000000|KRW 666666|KRW 666666|2000000/3|0|-|-");
        assertRejectedAt(moved, 24, "claim 3's pool share KRW 1333334", "(KRW 1333333)");
    }

    @Test
    void withinACompanyTheTiedCentGoesToTheSmallerClaimId() {
        String moved = replaceLine(replaceLine(WorkedCertificates.EVEN_CLAIM_LEVEL_UNDER_MU, 21,
                        "share=1|1|US|USD 80.00|USD 46.66|USD 46.66|14000/3|0|-|-"), 22,
                "share=2|1|US|USD 60.00|USD 46.67|USD 46.67|14000/3|1|-|-");
        assertRejectedAt(moved, 21, "claim 1's pool share USD 46.66 is not what the rules give (USD 46.67)",
                "R9 gives company 1 USD 93.33", "the claim floor(quota) + 1 within it");
    }

    @Test
    void theCompanyCentGoesToTheLargerCompanyRemainder() {
        String moved = replaceLine(replaceLine(WorkedCertificates.EVEN_CLAIM_LEVEL_UNDER_MU, 22,
                        "share=2|1|US|USD 60.00|USD 46.67|USD 46.67|14000/3|1|-|-"), 23,
                "share=3|2|US|USD 90.00|USD 46.66|USD 46.66|14000/3|0|-|-");
        assertRejectedAt(moved, 22, "claim 2's pool share USD 46.67 is not what the rules give (USD 46.66)");
        assertThat(CertificateVerifier.verify(moved).problems().get(1))
                .startsWith("line 23: claim 3's pool share USD 46.66 is not what the rules give (USD 46.67)")
                .contains("R9 gives company 2 USD 46.67");
    }

    // ---------------------------------------------------------------- single fields

    @Test
    void aPoolSharePlusOneIsRejected() {
        assertRejectedAt(replaceLine(EXAMPLE_7, 25,
                "share=3|201|KR|KRW 2000000|USD 847.03|KRW 1173292|11761583563/138858|0|-|-"), 25,
                "claim 3's pool share USD 847.03 is not what the rules give (USD 847.02)");
    }

    @Test
    void aChangedSharePaidIsRejected() {
        assertRejectedAt(replaceLine(EXAMPLE_7, 25,
                "share=3|201|KR|KRW 2000000|USD 847.02|KRW 1173293|11761583563/138858|0|-|-"), 25,
                "claim 3's share paid KRW 1173293 is not what the rules give (KRW 1173292)", "R10");
    }

    @Test
    void aChangedQuotaIsRejected() {
        assertRejectedAt(replaceLine(EXAMPLE_3, 24,
                "share=3|102|US|USD 3000.00|USD 2250.00|USD 2250.00|225001/1|0|-|-"), 24,
                "claim 3's quota 225001/1 is not what the rules give (225000/1)", "level λ = 3/4");
    }

    @Test
    void aQuotaThatIsNotReducedIsRejected() {
        assertRejectedAt(replaceLine(EXAMPLE_6, 24,
                "share=3|201|KR|KRW 2000000|KRW 1333333|KRW 1333333|8000000/6|0|-|-"), 24,
                "claim 3's quota 8000000/6 is not what the rules give (4000000/3)");
    }

    @Test
    void aFlippedFlagIsRejected() {
        assertRejectedAt(replaceLine(EXAMPLE_3, 22,
                "share=1|101|US|USD 4000.00|USD 2000.00|USD 2000.00|200000/1|0|-|-"), 22,
                "claim 1's capped flag - is not what the rules give (capped)", "R11");
        assertRejectedAt(replaceLine(EXAMPLE_12, 35,
                "share=6|1|US|USD 50.00|USD 0.00|USD 0.00|0/1|0|capped|-"), 35,
                "claim 6's below-floor flag - is not what the rules give (below-floor)", "left out by the cap");
        assertRejectedAt(replaceLine(EXAMPLE_15_DROPPED, 21,
                "share=2|2|US|USD 36.00|USD 0.00|USD 0.00|0/1|0|-|-"), 21, "claim 2's below-floor flag");
    }

    @Test
    void aLeftOutClaimPaidItsFloorIsRejected() {
        assertRejectedAt(replaceLine(EXAMPLE_12, 35,
                "share=6|1|US|USD 50.00|USD 20.00|USD 20.00|2000/1|0|-|-"), 35, "claim 6's pool share USD 20.00");
    }

    @Test
    void aChangedPoolLineIsRejected() {
        assertRejectedAt(replaceLine(EXAMPLE_8, 18, "pool=US|USD 556.17|USD 400.00|USD 156.17|cap -|floor USD 0.00"), 18,
                "pool US states `USD 556.17` where the rules give `USD 556.16`");
        assertRejectedAt(replaceLine(EXAMPLE_12, 28, "pool=US|USD 1000.00|USD 160.00|USD 840.00|cap -|floor USD 20.00"), 28,
                "pool US states `cap -` where the rules give `cap USD 100.00`");
    }

    @Test
    void aChangedConversionResidueIsRejected() {
        assertRejectedAt(EXAMPLE_7.replace("residue 1671/3463", "residue 1672/3463"), 21,
                "the conversion states `residue 1672/3463 USD minor units` where the rules give `residue 1671/3463 USD minor units`");
        assertRejectedAt(EXAMPLE_7.replace("residue 39/250", "residue 0/1"), 22, "`residue 39/250 KRW minor units`");
        assertRejectedAt(EXAMPLE_8.replace("residue 21/125", "residue 1/6"), 20, "R3");
        assertRejectedAt(EXAMPLE_8.replace("|KRW 614807|", "|KRW 614808|"), 20, "`KRW 614807`");
    }

    @Test
    void aChangedCheckLineIsRejected() {
        assertRejectedAt(EXAMPLE_7.replace("check=cap|POOLED|no company cap", "check=cap|POOLED|no company above USD 2443.83"), 30,
                "the cap check states");
        assertRejectedAt(EXAMPLE_12.replace("paid USD 160.00 and", "paid USD 160.01 and"), 53, "the payable check");
        assertRejectedAt(EXAMPLE_2.replace("sum of 3 pool shares", "sum of 2 pool shares"), 25, "the exact-sum check");
    }

    @Test
    void twoCheckLinesSwappedAreRejected() {
        List<String> lines = lines(EXAMPLE_2);
        String swapped = replaceLine(replaceLine(EXAMPLE_2, 27, lines.get(27)), 28, lines.get(26));
        assertRejectedAt(swapped, 27);
    }

    // ---------------------------------------------------------------- inputs, structure

    @Test
    void aChangedInputLineBreaksTheDigest() {
        String changed = replaceLine(EXAMPLE_6, 17, "claim=4|202|KR|KRW 1000001");
        assertRejectedAt(changed, 19, "inputs-digest", "the SHA-256 of lines 2-17");
    }

    @Test
    void aRemovedShareLineIsRejected() {
        String removed = removeLine(EXAMPLE_6, 23);
        assertRejectedAt(removed, 23, "the share line of claim 2 is missing before this line");
        assertThat(CertificateVerifier.verify(removed).problems()).hasSize(1);
    }

    @Test
    void anAddedShareLineIsRejected() {
        String added = replaceLine(EXAMPLE_6, 23, line(EXAMPLE_6, 23) + "\n" + line(EXAMPLE_6, 23));
        assertRejectedAt(added, 24, "a share line of claim 2 here is a duplicate");
    }

    @Test
    void anythingAfterEndIsRejected() {
        assertRejectedAt(EXAMPLE_8 + "share=3|301|KR|KRW 5|KRW 5|KRW 5|5/1|0|-|-\n", 37, "nothing may follow `[end]`");
        assertRejectedAt(EXAMPLE_8 + "\n", 37, "nothing may follow `[end]`");
    }

    @Test
    void aMissingFinalLineFeedIsRejected() {
        assertRejectedAt(EXAMPLE_8.substring(0, EXAMPLE_8.length() - 1), 36, "does not end with LF");
    }

    @Test
    void aVersion1CertificateIsRefused() {
        Verification v = CertificateVerifier.verify(EXAMPLE_7.replace("certificate-v2", "certificate-v1"));
        assertThat(v.ok()).isFalse();
        assertThat(v.problems()).singleElement().asString()
                .startsWith("line 1: ").contains("withdrawn v1 rules").contains("simulate the allocation again");
    }

    @Test
    void theHeaderAloneAnswersWhetherACertificateWasWrittenUnderTheRulesInForce() {
        assertThat(CertificateVerifier.verifyHeader(EXAMPLE_7).ok()).isTrue();
        String v1 = EXAMPLE_7.replace("certificate-v2", "certificate-v1");
        assertThat(CertificateVerifier.verifyHeader(v1).problems()).isEqualTo(CertificateVerifier.verify(v1).problems());
        assertThat(CertificateVerifier.verifyHeader(EXAMPLE_7.replace("certificate-v2", "certificate-v3")).problems())
                .singleElement().asString().startsWith("line 1: expected the header");
        assertThat(CertificateVerifier.verifyHeader("fund-allocation-certificate-v2").ok()).isTrue();
        assertThat(CertificateVerifier.verifyHeader("fund-allocation-certificate-v2 \n").ok()).isFalse();
        assertThat(CertificateVerifier.verifyHeader(null).ok()).isFalse();
    }

    @Test
    void anotherHeaderIsRejected() {
        assertRejectedAt(EXAMPLE_7.replace("certificate-v2", "certificate-v3"), 1, "expected the header");
        assertRejectedAt("", 1, "expected the header");
    }

    @Test
    void theVersion1PaymentOfExample10FromEmptyPoolsIsRejected() {
        String v1Shares = EXAMPLE_10
                .replace("|USD 0.00|KRW 0|0/1|", "|USD 0.00|KRW 13|0/1|")
                .replace("paid USD 0.00 and KRW 0 out of", "paid USD 0.00 and KRW 39 out of");
        Verification v = CertificateVerifier.verify(v1Shares);
        assertThat(v.ok()).isFalse();
        assertThat(v.problems()).first().asString()
                .startsWith("line 22: claim 1's share paid KRW 13 is not what the rules give (KRW 0)");
        assertThat(v.problems()).anySatisfy(p -> assertThat(p).startsWith("line 31: ")
                .contains("the shares as stated pay USD 0.00 and KRW 39").contains("R12"));
        assertThat(CertificateVerifier.paidTotals(v1Shares)).isEqualTo(Map.of("KRW", 39L));
    }

    @Test
    void sharesPaidBeyondThePerCountryPoolsBreakR12() {
        String more = EXAMPLE_15_DROPPED.replace("|USD 36.00|USD 0.00|USD 0.00|0/1|", "|USD 36.00|USD 0.00|USD 36.00|0/1|");
        assertThat(CertificateVerifier.verify(more).problems())
                .anySatisfy(p -> assertThat(p).startsWith("line 21: claim 2's share paid USD 36.00"))
                .anySatisfy(p -> assertThat(p).startsWith("line 33: the shares as stated pay USD 66.00 and KRW 0"));
    }

    // ---------------------------------------------------------------- refused inputs

    @Test
    void aCapBelowTheFloorIsRefused() {
        String capped = replaceLine(replaceLine(EXAMPLE_6, 6, "company-cap=USD 10.00"), 8, "floor=USD 20.00");
        assertThat(line(EXAMPLE_6, 6)).isEqualTo("company-cap=-");
        assertThat(line(EXAMPLE_6, 8)).isEqualTo("floor=-");
        assertRejectedAt(capped, 8, "the company cap of pool US, USD 10.00, is below its floor, USD 20.00");
    }

    @Test
    void aDuplicateClaimIdIsRefused() {
        assertRejectedAt(replaceLine(EXAMPLE_6, 15, "claim=1|102|US|USD 500.00"), 15, "duplicate claim id 1");
    }

    @Test
    void claimsOutOfOrderAreRefused() {
        String swapped = replaceLine(replaceLine(EXAMPLE_6, 14, line(EXAMPLE_6, 15)), 15, line(EXAMPLE_6, 14));
        assertRejectedAt(swapped, 15, "ascending id");
    }

    @Test
    void aCompanyInBothCountriesIsRefused() {
        assertRejectedAt(replaceLine(EXAMPLE_6, 16, "claim=3|101|KR|KRW 2000000"), 16, "company 101 has claims in both countries");
    }

    @Test
    void anAmountInTheWrongCurrencyIsRefused() {
        assertRejectedAt(replaceLine(EXAMPLE_6, 16, "claim=3|201|KR|USD 2000.00"), 16, "the wrong currency");
        assertRejectedAt(replaceLine(EXAMPLE_6, 12, "kr-pool=USD 20.00"), 12, "a pool in the wrong currency");
    }

    @Test
    void aNegativeAmountIsRefused() {
        assertRejectedAt(replaceLine(EXAMPLE_6, 15, "claim=2|102|US|USD -500.00"), 15, "negative amount");
        assertRejectedAt(replaceLine(EXAMPLE_6, 11, "us-pool=USD -1.00"), 11, "a negative pool");
    }

    @Test
    void evenWithoutABasisIsRefused() {
        assertRejectedAt(replaceLine(EXAMPLE_4, 5, "even-basis=-"), 5, "EVEN without a basis");
    }

    @Test
    void otherRefusals() {
        assertRejectedAt(replaceLine(EXAMPLE_3, 6, "company-cap=USD 0.00"), 6, "not positive");
        assertRejectedAt(replaceLine(EXAMPLE_3, 7, "cap-percent-of-pool=100.5"), 7, "outside (0, 100]");
        assertRejectedAt(replaceLine(EXAMPLE_3, 6, "company-cap=KRW 3000000"), 6, "there is no rate");
        assertRejectedAt(replaceLine(EXAMPLE_7, 10, "rate=-"), 10, "POOLED without a named rate");
        assertRejectedAt(replaceLine(EXAMPLE_7, 9, "pool-currency=-"), 9, "POOLED without a pool currency");
        assertRejectedAt(replaceLine(EXAMPLE_7, 13, "claims=5"), 13, "claims=5 but the inputs list 4 claims");
        assertRejectedAt(replaceLine(EXAMPLE_7, 14, "claim=1|101|US|USD 1500.0"), 14, "exactly 2 decimals");
        assertRejectedAt(replaceLine(EXAMPLE_7, 11, "us-pool=USD 10000000000000.01"), 11, "above the most");
    }

    // ---------------------------------------------------------------- paidTotals, the problem list

    @Test
    void paidTotalsSumTheStatedShares() {
        assertThat(CertificateVerifier.paidTotals(EXAMPLE_7)).isEqualTo(Map.of("USD", 117330L, "KRW", 1759938L));
        assertThat(CertificateVerifier.paidTotals(EXAMPLE_8)).isEqualTo(Map.of("USD", 40000L, "KRW", 2000000L));
        assertThat(CertificateVerifier.paidTotals(EXAMPLE_10)).isEmpty();
        assertThat(CertificateVerifier.paidTotals(EXAMPLE_12)).isEqualTo(Map.of("USD", 16000L));
        assertThat(CertificateVerifier.paidTotals(EXAMPLE_7.replace("|KRW 586646|", "|KRW 586646.0|"))).isNull();
        assertThat(CertificateVerifier.paidTotals(null)).isNull();
    }

    @Test
    void theProblemListIsCapped() {
        String many = replaceLine(EXAMPLE_12, 41, (line(EXAMPLE_12, 41) + "\n").repeat(26).strip());
        List<String> problems = CertificateVerifier.verify(many).problems();
        assertThat(problems).hasSize(20);
        assertThat(problems.get(0)).startsWith("line 42: a share line of claim 12 here is a duplicate");
        assertThat(problems.get(19)).isEqualTo("... and 6 more problems not listed");
    }

    @Test
    void verificationCopiesItsProblems() {
        List<String> problems = new ArrayList<>(List.of("line 1: x"));
        Verification v = new Verification(false, problems);
        problems.clear();
        assertThat(v.problems()).containsExactly("line 1: x");
    }

    // ---------------------------------------------------------------- helpers

    private static void assertRejectedAt(String certificate, int line, String... fragments) {
        Verification v = CertificateVerifier.verify(certificate);
        assertThat(v.ok()).as("verifies although it should not:%n%s", certificate).isFalse();
        assertThat(v.problems()).first().asString().startsWith("line " + line + ": ")
                .contains(fragments.length == 0 ? new String[] {": "} : fragments);
    }

    private static List<String> lines(String certificate) {
        return Arrays.asList(certificate.split("\n"));
    }

    private static String line(String certificate, int n) {
        return lines(certificate).get(n - 1);
    }

    private static String replaceLine(String certificate, int n, String text) {
        List<String> lines = new ArrayList<>(lines(certificate));
        lines.set(n - 1, text);
        return String.join("\n", lines) + "\n";
    }

    private static String removeLine(String certificate, int n) {
        List<String> lines = new ArrayList<>(lines(certificate));
        lines.remove(n - 1);
        return String.join("\n", lines) + "\n";
    }

    /** An amount like {@code USD 33.33} or {@code KRW 5} moved by delta minor units. */
    private static String shifted(String amount, int delta) {
        String[] parts = amount.split(" ");
        BigDecimal value = new BigDecimal(parts[1]);
        return parts[0] + " " + value.add(BigDecimal.valueOf(delta, value.scale())).toPlainString();
    }
}
