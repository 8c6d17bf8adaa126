package org.usrok.fund.payout;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class AbaRoutingNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"011000015", "021000021", "026009593", "122105278", "322271627"})
    void realRoutingNumbersPassTheChecksum(String routing) {
        assertThat(AbaRoutingNumber.parse(routing)).contains(routing);
    }

    @Test
    void spacesAndHyphensAreRemoved() {
        assertThat(AbaRoutingNumber.parse(" 0210-0002 1 ")).contains("021000021");
    }

    @ParameterizedTest
    @ValueSource(strings = {"021000022", "021000012", "122105279", "026009539"})
    void aWrongCheckDigitOrSwappedDigitsAreRefused(String routing) {
        assertThat(AbaRoutingNumber.parse(routing)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "02100002", "0210000211", "02100002A", "000000000"})
    void wrongLengthLettersAndZerosAreRefused(String routing) {
        assertThat(AbaRoutingNumber.parse(routing)).isEmpty();
    }

    @Test
    void aPrefixTheFederalReserveNeverAssignsIsRefusedEvenWithAValidChecksum() {
        // 3(1+0+0) + 7(3+0+0) + (0+0+d) = 24 + d: d = 6 satisfies the checksum, but 13 is no routing symbol
        assertThat(AbaRoutingNumber.checksumValid("130000006")).isTrue();
        assertThat(AbaRoutingNumber.parse("130000006")).isEmpty();
    }

    @Test
    void nullIsNotARoutingNumber() {
        assertThat(AbaRoutingNumber.parse(null)).isEmpty();
    }
}
