package org.usrok.fund.allocation.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.usrok.fund.allocation.core.AllocationFixtures.*;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.Money;
import org.usrok.fund.allocation.verifier.CertificateVerifier;

/** Worked examples 1–9 of docs/allocation.md, worked out by hand there; each row is one example. */
class WorkedExamplesTest {

    private static final AllocationRules PROPORTIONAL = new AllocationRules(AllocationMethod.PROPORTIONAL, null, null,
            null, null);

    private static final List<ClaimEntitlement> MIXED = List.of(us(1, 101, "1500.00"), us(2, 102, "500.00"),
            kr(3, 201, "2000000"), kr(4, 202, "1000000"));

    /** Example, request, pool shares in claim-id order, shares paid, pools as "NAME pool/distributed/leftover". */
    static Stream<Arguments> examples() {
        return Stream.of(
                Arguments.of("1 under-subscribed round",
                        perCountry("10000.00", "0", PROPORTIONAL, List.of(us(1, 101, "2500.00"), us(2, 102, "4000.00"))),
                        List.of(usd("2500.00"), usd("4000.00")), List.of(usd("2500.00"), usd("4000.00")),
                        List.of("US USD 10000.00/USD 6500.00/USD 3500.00", "KR KRW 0/KRW 0/KRW 0")),
                Arguments.of("2 largest remainder, tie to the smaller claim id",
                        perCountry("100.00", "0", PROPORTIONAL,
                                List.of(us(3, 103, "100.00"), us(1, 101, "100.00"), us(2, 102, "100.00"))),
                        List.of(usd("33.34"), usd("33.33"), usd("33.33")), List.of(usd("33.34"), usd("33.33"), usd("33.33")),
                        List.of("US USD 100.00/USD 100.00/USD 0.00", "KR KRW 0/KRW 0/KRW 0")),
                Arguments.of("3 a capped company (proportional)",
                        perCountry("6000.00", "0", new AllocationRules(AllocationMethod.PROPORTIONAL, null, usd("3000.00"), null,
                                null), List.of(us(1, 101, "4000.00"), us(2, 101, "2000.00"), us(3, 102, "3000.00"),
                                us(4, 103, "1000.00"))),
                        List.of(usd("2000.00"), usd("1000.00"), usd("2250.00"), usd("750.00")),
                        List.of(usd("2000.00"), usd("1000.00"), usd("2250.00"), usd("750.00")),
                        List.of("US USD 6000.00/USD 6000.00/USD 0.00", "KR KRW 0/KRW 0/KRW 0")),
                Arguments.of("4 a capped company (even per claim)",
                        perCountry("6000.00", "0", new AllocationRules(AllocationMethod.EVEN, EvenBasis.CLAIM, usd("2500.00"),
                                null, null), List.of(us(1, 101, "4000.00"), us(2, 101, "2000.00"), us(3, 102, "3000.00"),
                                us(4, 103, "1000.00"))),
                        List.of(usd("1250.00"), usd("1250.00"), usd("2500.00"), usd("1000.00")),
                        List.of(usd("1250.00"), usd("1250.00"), usd("2500.00"), usd("1000.00")),
                        List.of("US USD 6000.00/USD 6000.00/USD 0.00", "KR KRW 0/KRW 0/KRW 0")),
                Arguments.of("5 a floor lifts a small share",
                        perCountry("1000.00", "0", new AllocationRules(AllocationMethod.PROPORTIONAL, null, null, null,
                                usd("50.00")), List.of(us(1, 101, "1000.00"), us(2, 102, "1000.00"), us(3, 103, "100.00"))),
                        List.of(usd("475.00"), usd("475.00"), usd("50.00")), List.of(usd("475.00"), usd("475.00"), usd("50.00")),
                        List.of("US USD 1000.00/USD 1000.00/USD 0.00", "KR KRW 0/KRW 0/KRW 0")),
                Arguments.of("6 per country",
                        perCountry("1000.00", "2000000", PROPORTIONAL, MIXED),
                        List.of(usd("750.00"), usd("250.00"), krw("1333333"), krw("666667")),
                        List.of(usd("750.00"), usd("250.00"), krw("1333333"), krw("666667")),
                        List.of("US USD 1000.00/USD 1000.00/USD 0.00", "KR KRW 2000000/KRW 2000000/KRW 0")),
                Arguments.of("7 pooled in USD",
                        new AllocationRequest(PoolMode.POOLED, usd("1000.00"), krw("2000000"), CurrencyCode.USD, ECOS,
                                PROPORTIONAL, MIXED),
                        List.of(usd("879.97"), usd("293.33"), usd("847.02"), usd("423.51")),
                        List.of(usd("879.97"), usd("293.33"), krw("1173292"), krw("586646")),
                        List.of("POOLED USD 2443.83/USD 2443.83/USD 0.00")),
                Arguments.of("8 contribution share: the U.S. surplus goes to Korean companies",
                        new AllocationRequest(PoolMode.CONTRIBUTION_SHARE, usd("1000.00"), krw("1385200"), CurrencyCode.USD,
                                ECOS, PROPORTIONAL, List.of(us(1, 101, "400.00"), kr(2, 201, "2000000"))),
                        List.of(usd("400.00"), krw("2000000")), List.of(usd("400.00"), krw("2000000")),
                        List.of("US USD 556.16/USD 400.00/USD 156.16", "KR KRW 2000007/KRW 2000000/KRW 7")),
                Arguments.of("9 the same as per country: the surplus stays",
                        perCountry("1000.00", "1385200", PROPORTIONAL, List.of(us(1, 101, "400.00"), kr(2, 201, "2000000"))),
                        List.of(usd("400.00"), krw("1385200")), List.of(usd("400.00"), krw("1385200")),
                        List.of("US USD 1000.00/USD 400.00/USD 600.00", "KR KRW 1385200/KRW 1385200/KRW 0")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void theWorkedExample(String name, AllocationRequest request, List<Money> poolShares, List<Money> shares,
            List<String> pools) {
        AllocationResult result = Allocator.allocate(request);
        assertThat(result.shares()).extracting(Share::poolShare).containsExactlyElementsOf(poolShares);
        assertThat(result.shares()).extracting(Share::share).containsExactlyElementsOf(shares);
        assertThat(result.pools()).extracting(p -> p.name() + " " + p.pool() + "/" + p.distributed() + "/" + p.leftover())
                .containsExactlyElementsOf(pools);
        assertThat(CertificateVerifier.verify(result.certificate().text()).problems()).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void theExamplesFlagsQuotasAndConversionsAreInTheCertificate() {
        AllocationResult capped = Allocator.allocate((AllocationRequest) examples().toList().get(2).get()[1]);
        assertThat(capped.shares()).extracting(Share::capped).containsExactly(true, true, false, false);
        AllocationResult floor = Allocator.allocate((AllocationRequest) examples().toList().get(4).get()[1]);
        assertThat(floor.shares()).extracting(Share::belowFloor).containsOnly(false);
        assertThat(floor.shares()).extracting(Share::quota).containsExactly("47500/1", "47500/1", "5000/1");
        AllocationResult thirds = Allocator.allocate((AllocationRequest) examples().toList().get(1).get()[1]);
        assertThat(thirds.shares()).extracting(Share::quota).containsOnly("10000/3");
        assertThat(thirds.shares()).extracting(Share::roundingAdjustmentMinor).containsExactly(1L, 0L, 0L);
        AllocationResult pooled = Allocator.allocate((AllocationRequest) examples().toList().get(6).get()[1]);
        assertThat(pooled.certificate().text())
                .contains("conversion=pool KR|KRW 2000000|USD 1443.83|residue 1671/3463 USD minor units|rate " + ECOS.name())
                .contains("conversion=shares paid in KRW|-|-|residue 39/250 KRW minor units|rate " + ECOS.name());
        AllocationResult shared = Allocator.allocate((AllocationRequest) examples().toList().get(7).get()[1]);
        assertThat(shared.certificate().text())
                .contains("conversion=surplus US to KR|USD 443.84|KRW 614807|residue 21/125 KRW minor units|rate " + ECOS.name());
    }

    private static AllocationRequest perCountry(String us, String kr, AllocationRules rules, List<ClaimEntitlement> claims) {
        return new AllocationRequest(PoolMode.PER_COUNTRY, usd(us), krw(kr), null, null, rules, claims);
    }
}
