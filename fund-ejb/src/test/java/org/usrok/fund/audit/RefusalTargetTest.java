package org.usrok.fund.audit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RefusalTargetTest {

    record Command(Long roundId, String note) {
    }

    @Test
    void theFirstParameterIsTheIdUnlessAComponentIsNamed() {
        assertThat(RefusalTarget.id(new Object[]{42L, 3L}, "")).isEqualTo("42");
        assertThat(RefusalTarget.id(new Object[]{new Command(7L, "x")}, "roundId")).isEqualTo("7");
    }

    @Test
    void aMissingIdIsShownAsADash() {
        assertThat(RefusalTarget.id(new Object[]{null}, "")).isEqualTo(RefusalTarget.NONE);
        assertThat(RefusalTarget.id(new Object[]{null}, "roundId")).isEqualTo(RefusalTarget.NONE);
        assertThat(RefusalTarget.id(new Object[]{new Command(null, "x")}, "roundId")).isEqualTo(RefusalTarget.NONE);
    }

    @Test
    void anAnnotationThatDoesNotFitTheMethodIsAProgrammingError() {
        assertThatThrownBy(() -> RefusalTarget.id(new Object[]{}, ""))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> RefusalTarget.id(new Object[]{new Command(1L, "x")}, "batchId"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("batchId");
        assertThatThrownBy(() -> RefusalTarget.id(new Object[]{5L}, "roundId"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("record");
    }
}
