package org.usrok.fund.allocation.core;

import java.security.NoSuchAlgorithmException;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.Money;

/** The certificate's byte writer writes numbers, amounts and text exactly as the JDK's own formatting does. */
class Utf8TextTest {

    @Property(tries = 10_000)
    void numbersAreWrittenLikeLongToString(@ForAll long v) {
        assertThat(new Utf8Text(4).number(v).toString()).isEqualTo(Long.toString(v));
        assertThat(new Utf8Text(4).unsigned(v).toString()).isEqualTo(Long.toUnsignedString(v));
    }

    @Example
    void numbersAtEveryNumberOfDigitsAreWrittenLikeLongToString() {
        long power = 1;
        for (int digits = 1; digits <= 19; digits++) {
            for (long v : new long[] {power - 1, power, power + 1, 2 * power - 1, 8 * power + 7}) {
                if (v >= 0) {
                    assertThat(new Utf8Text(4).unsigned(v).toString()).isEqualTo(Long.toString(v));
                }
            }
            power = digits < 19 ? power * 10 : power;
        }
        for (long v : new long[] {Integer.MAX_VALUE, Integer.MAX_VALUE + 1L, Long.MAX_VALUE, 0}) {
            assertThat(new Utf8Text(4).number(v).toString()).isEqualTo(Long.toString(v));
        }
    }

    @Property(tries = 10_000)
    void eighteenDigitsAreZeroPadded(@ForAll @LongRange(min = 0, max = 999_999_999_999_999_999L) long v) {
        assertThat(new Utf8Text(4).eighteenDigits(v).toString()).isEqualTo(String.format("%018d", v));
    }

    @Property(tries = 10_000)
    void amountsAreWrittenLikeMoney(@ForAll @LongRange(min = Long.MIN_VALUE + 1) long minor, @ForAll CurrencyCode currency) {
        assertThat(new Utf8Text(4).money(currency, minor).toString()).isEqualTo(Money.ofMinor(minor, currency).toString());
    }

    @Property(tries = 10_000)
    void wideNumbersAreWrittenLikeBigInteger(@ForAll @LongRange(min = 0, max = 999_999_999_999_999_999L) long hi,
            @ForAll long lo) {
        Utf8Text text = new Utf8Text(4);
        assertThat(Arith.appendUnsigned128(text, hi, lo)).isTrue();
        BigInteger expected = BigInteger.valueOf(hi).shiftLeft(64).add(new BigInteger(Long.toUnsignedString(lo)));
        assertThat(text.toString()).isEqualTo(expected.toString());
    }

    @Example
    void tooWideNumbersAreLeftToBigInteger() {
        Utf8Text text = new Utf8Text(4);
        assertThat(Arith.appendUnsigned128(text, 1_000_000_000_000_000_000L, 0)).isFalse();
        assertThat(text.length()).isZero();
    }

    @Example
    void textIsUtf8AndAStringWithAnUnpairedSurrogateComesBackAsGiven() throws NoSuchAlgorithmException {
        String name = "환율 ECOS \uD800 é";
        Utf8Text text = new Utf8Text(4).text("rate=").text(name).ch('\n');
        byte[] expected = ("rate=" + name + "\n").getBytes(StandardCharsets.UTF_8);
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        text.digestInto(digest, 0);
        assertThat(HexFormat.of().formatHex(digest.digest()))
                .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(expected)));
        assertThat(new Utf8Text(4).text("a\n").append(text).toString()).isEqualTo("a\nrate=" + name + "\n");
    }
}
