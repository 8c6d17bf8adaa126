package org.usrok.fund.allocation.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/** The 128-bit helpers agree with BigInteger on large operands (the allocation tests use small ones). */
class ArithPropertyTest {

    @Property(tries = 10_000)
    void aProductDividedExactly(@ForAll @LongRange(min = 0) long a, @ForAll @LongRange(min = 0) long b,
            @ForAll @LongRange(min = 1) long d) {
        BigInteger product = BigInteger.valueOf(a).multiply(BigInteger.valueOf(b));
        BigInteger[] expected = product.divideAndRemainder(BigInteger.valueOf(d));
        if (expected[0].bitLength() > 62) {
            return;
        }
        Quota q = Quota.of(a, b, d);
        assertThat(q.whole).isEqualTo(expected[0].longValueExact());
        assertThat(q.remainderNumerator()).isEqualTo(expected[1]);
        BigInteger g = product.gcd(BigInteger.valueOf(d));
        assertThat(q.toString()).isEqualTo(product.divide(g) + "/" + BigInteger.valueOf(d).divide(g));
    }

    @Property(tries = 10_000)
    void productsCompareExactly(@ForAll @LongRange(min = 0) long a, @ForAll @LongRange(min = 0) long b,
            @ForAll @LongRange(min = 0) long c, @ForAll @LongRange(min = 0) long d) {
        int expected = BigInteger.valueOf(a).multiply(BigInteger.valueOf(b))
                .compareTo(BigInteger.valueOf(c).multiply(BigInteger.valueOf(d)));
        assertThat(Integer.signum(Arith.compareProducts(a, b, c, d))).isEqualTo(expected);
    }

    @Property(tries = 10_000)
    void greatestCommonDivisorAgreesWithBigInteger(@ForAll @LongRange(min = 0) long a, @ForAll @LongRange(min = 0) long b,
            @ForAll @LongRange(min = 1, max = 1 << 20) long common) {
        long x = Arith.fitsLong(a, common) ? a * common : a;
        long y = Arith.fitsLong(b, common) ? b * common : b;
        assertThat(Arith.gcd(x, y)).isEqualTo(BigInteger.valueOf(x).gcd(BigInteger.valueOf(y)).longValueExact());
    }

    @Property(tries = 10_000)
    void aReciprocalDividesLikeTheHardware(@ForAll @LongRange(min = 1) long d, @ForAll long hi, @ForAll long lo) {
        long h = Long.remainderUnsigned(hi, d);
        long[] expectedRem = new long[1];
        long expected = Arith.divide128(h, lo, d, expectedRem);
        long[] rem = new long[1];
        assertThat(new Arith.Divisor(d).divide(h, lo, rem)).isEqualTo(expected);
        assertThat(rem[0]).isEqualTo(expectedRem[0]);
        BigInteger dividend = BigInteger.valueOf(h).shiftLeft(64).add(new BigInteger(Long.toUnsignedString(lo)));
        assertThat(new BigInteger(Long.toUnsignedString(expected))).isEqualTo(dividend.divide(BigInteger.valueOf(d)));
    }

    @Property(tries = 10_000)
    void aQuotaWithAReciprocalEqualsTheQuotaWithout(@ForAll @LongRange(min = 0) long a, @ForAll @LongRange(min = 0) long b,
            @ForAll @LongRange(min = 1) long d) {
        BigInteger product = BigInteger.valueOf(a).multiply(BigInteger.valueOf(b));
        if (product.divide(BigInteger.valueOf(d)).bitLength() > 62) {
            return;
        }
        Quota expected = Quota.of(a, b, d);
        Quota q = Quota.of(a, b, new Arith.Divisor(d));
        assertThat(q.whole).isEqualTo(expected.whole);
        assertThat(q.toString()).isEqualTo(expected.toString());
        assertThat(q.smallDenominator()).isEqualTo(expected.smallDenominator());
        assertThat(q.smallRemainder()).isEqualTo(expected.smallRemainder());
    }

    @Property(tries = 10_000)
    void aSharedDenominatorReducesLikeBigInteger(@ForAll @LongRange(min = 1) long d, @ForAll @LongRange(min = 0) long x,
            @ForAll @LongRange(min = 1, max = 1 << 16) long factor) {
        // denominators rich in small factors, with large prime or composite rests, and numerators sharing them
        long den = Arith.fitsLong(d, factor) ? d * factor : d;
        long num = Arith.fitsLong(x % den, factor) ? (x % den) * factor % den : x % den;
        assertThat(new SharedDenominator(den).gcd(num))
                .isEqualTo(BigInteger.valueOf(num).gcd(BigInteger.valueOf(den)).longValueExact());
    }

    @org.junit.jupiter.api.Test
    void aSharedDenominatorWithALargeCompositeRestReducesLikeBigInteger() {
        long p = 4_294_967_311L;
        long q = 65_537L;
        for (long den : new long[] {p * q * 12, q * q * 5, 2_147_483_647L * 2_147_483_629L, 1L << 62, 3 * p}) {
            SharedDenominator shared = new SharedDenominator(den);
            for (long num : new long[] {0, 1, q, p, q * 6, p * 2, den - 1, den / 2, 2_147_483_647L * 3}) {
                long x = num % den;
                assertThat(shared.gcd(x)).as(den + " " + x)
                        .isEqualTo(BigInteger.valueOf(x).gcd(BigInteger.valueOf(den)).longValueExact());
            }
        }
    }
}
