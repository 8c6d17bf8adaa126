package org.usrok.fund.allocation.core;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.Money;

/** The certificate's fast amount writer writes exactly what Money.toString() writes. */
class CertificateFormatTest {

    @Property(tries = 10_000)
    void amountsAreWrittenLikeMoney(@ForAll @LongRange(min = -1_000_000_000_000L, max = 1_000_000_000_000L) long minor,
            @ForAll CurrencyCode currency) {
        String written = Certificate.money(new StringBuilder(), currency, minor).toString();
        assertThat(written).isEqualTo(Money.ofMinor(minor, currency).toString());
    }
}
