package org.usrok.fund.ledger;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class JournalQueryTest {

    @Test
    void blankTextFiltersMeanAnyAndAreStripped() {
        JournalQuery query = new JournalQuery(null, null, null, null, " 1200-USD ", "  ", "");

        assertThat(query.account()).isEqualTo("1200-USD");
        assertThat(query.referenceContains()).isNull();
        assertThat(query.eventId()).isNull();
        assertThat(JournalQuery.all().reversedRange()).isFalse();
    }

    @Test
    void rangesAreInclusiveSoEqualEndsAreFineButReversedOnesMatchNothing() {
        LocalDate day = LocalDate.of(2026, 11, 28);

        assertThat(new JournalQuery(5L, 5L, day, day, null, null, null).reversedRange()).isFalse();
        assertThat(new JournalQuery(6L, 5L, null, null, null, null, null).reversedRange()).isTrue();
        assertThat(new JournalQuery(null, null, day, day.minusDays(1), null, null, null).reversedRange()).isTrue();
    }
}
