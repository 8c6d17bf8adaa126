package org.usrok.fund.audit;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuditQueryTest {

    private static final Instant NINE = Instant.parse("2026-11-28T09:00:00Z");
    private static final Instant TEN = Instant.parse("2026-11-28T10:00:00Z");

    @Test
    void blankFiltersMeanAnyAndTextIsStripped() {
        AuditQuery query = new AuditQuery("  us.officer1 ", " ", "", null, null, null);

        assertThat(query.actor()).isEqualTo("us.officer1");
        assertThat(query.entityType()).isNull();
        assertThat(query.entityId()).isNull();
        assertThat(query.action()).isNull();
        assertThat(AuditQuery.all()).isEqualTo(new AuditQuery(null, null, null, null, null, null));
    }

    @Test
    void theTimeRangeIsHalfOpenAndNeverReversedOrEmpty() {
        assertThat(new AuditQuery(null, null, null, null, NINE, TEN).to()).isEqualTo(TEN);
        assertThat(new AuditQuery(null, null, null, null, NINE, null).from()).isEqualTo(NINE);
        assertThatThrownBy(() -> new AuditQuery(null, null, null, null, TEN, NINE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AuditQuery(null, null, null, null, NINE, NINE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theOutcomeFilterIsOptionalAndRefusalsPickOnlyRefusedAttempts() {
        assertThat(AuditQuery.all().outcome()).isNull();
        assertThat(new AuditQuery(null, null, null, null, NINE, TEN).outcome()).isNull();
        assertThat(AuditQuery.refusals().outcome()).isEqualTo(AuditOutcome.REFUSED);
        assertThat(new AuditQuery("a", null, null, null, null, null, AuditOutcome.DONE).outcome())
                .isEqualTo(AuditOutcome.DONE);
    }
}
