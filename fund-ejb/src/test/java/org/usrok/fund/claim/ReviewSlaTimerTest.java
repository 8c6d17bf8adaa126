package org.usrok.fund.claim;

import jakarta.ejb.ScheduleExpression;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The review-SLA check's cadence: a divisor of the hour, anything else the default of 15 minutes. */
class ReviewSlaTimerTest {

    @Test
    void everyDivisorOfTheHourIsTaken() {
        for (int minutes : new int[] {1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 30, 60}) {
            assertThat(ReviewSlaTimer.cadenceMinutes(Integer.toString(minutes))).as("%d minutes", minutes)
                    .isEqualTo(minutes);
        }
        assertThat(ReviewSlaTimer.cadenceMinutes(" 5 ")).isEqualTo(5);
    }

    @Test
    void anythingElseGivesFifteenMinutes() {
        for (String refused : new String[] {"0", "-15", "7", "45", "90", "120", "1.5", "fifteen", "", null}) {
            assertThat(ReviewSlaTimer.cadenceMinutes(refused)).as("'%s'", refused).isEqualTo(15);
        }
    }

    @Test
    void theChecksFallOnTheSameUtcMinutesEveryHour() {
        ScheduleExpression quarterHours = ReviewSlaTimer.every(15);
        assertThat(quarterHours.getMinute()).isEqualTo("*/15");
        assertThat(quarterHours.getHour()).isEqualTo("*");
        assertThat(quarterHours.getSecond()).isEqualTo("0");
        assertThat(quarterHours.getTimezone()).isEqualTo("UTC");
        assertThat(ReviewSlaTimer.every(1).getMinute()).isEqualTo("*/1");
        assertThat(ReviewSlaTimer.every(60).getMinute()).isEqualTo("0");
    }
}
