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
}
