package org.usrok.fund.web.api;

import org.junit.jupiter.api.Test;
import org.usrok.fund.shared.CountryCode;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QueryParamsTest {

    @Test
    void parsesOrDefaults() {
        assertThat(QueryParams.enumValue(CountryCode.class, "country", "kr")).isEqualTo(CountryCode.KR);
        assertThat(QueryParams.enumValue(CountryCode.class, "country", " ")).isNull();
        assertThat(QueryParams.page(null, null).size()).isEqualTo(20);
        assertThat(QueryParams.page("3", "200").offset()).isEqualTo(600);
        assertThat(QueryParams.booleanValue("descending", "FALSE", true)).isFalse();
        assertThat(QueryParams.idValue("roundId", " 42 ")).isEqualTo(42L);
        assertThat(QueryParams.idValue("roundId", null)).isNull();
        assertThat(QueryParams.optionalBooleanValue("overdue", "")).isNull();
        assertThat(QueryParams.optionalBooleanValue("overdue", "true")).isTrue();
    }

    @Test
    void badValuesNameTheParameter() {
        assertThatThrownBy(() -> QueryParams.enumValue(CountryCode.class, "country", "JP"))
                .isInstanceOf(InvalidQueryParameterException.class).hasMessageContaining("'country'");
        assertThatThrownBy(() -> QueryParams.page("x", null))
                .isInstanceOf(InvalidQueryParameterException.class).hasMessageContaining("'page'");
        assertThatThrownBy(() -> QueryParams.page("0", "201"))
                .isInstanceOf(InvalidQueryParameterException.class).hasMessageContaining("'size'");
        assertThatThrownBy(() -> QueryParams.page("-1", "5")).isInstanceOf(InvalidQueryParameterException.class);
        assertThatThrownBy(() -> QueryParams.booleanValue("descending", "yes", true))
                .isInstanceOf(InvalidQueryParameterException.class);
        assertThatThrownBy(() -> QueryParams.idValue("roundId", "abc"))
                .isInstanceOf(InvalidQueryParameterException.class).hasMessageContaining("'roundId'");
        assertThatThrownBy(() -> QueryParams.idValue("roundId", "0")).isInstanceOf(InvalidQueryParameterException.class);
        assertThatThrownBy(() -> QueryParams.optionalBooleanValue("overdue", "maybe"))
                .isInstanceOf(InvalidQueryParameterException.class).hasMessageContaining("'overdue'");
    }

    @Test
    void textInstantsAndDatesParseOrAreAbsent() {
        assertThat(QueryParams.text("actor", "  auditor ", 64)).isEqualTo("auditor");
        assertThat(QueryParams.text("actor", " ", 64)).isNull();
        assertThat(QueryParams.instant("from", "2026-11-28T09:00:00Z")).isEqualTo(Instant.parse("2026-11-28T09:00:00Z"));
        assertThat(QueryParams.instant("from", null)).isNull();
        assertThat(QueryParams.date("asOf", "2026-11-28")).isEqualTo(LocalDate.of(2026, 11, 28));
        assertThat(QueryParams.date("asOf", "")).isNull();
        QueryParams.range("from", Instant.parse("2026-11-28T09:00:00Z"), "to", Instant.parse("2026-11-28T09:00:01Z"));
        QueryParams.range("from", null, "to", Instant.parse("2026-11-28T09:00:01Z"));
    }

    @Test
    void badTextInstantsDatesAndRangesNameTheParameter() {
        assertThatThrownBy(() -> QueryParams.text("actor", "a".repeat(65), 64))
                .isInstanceOf(InvalidQueryParameterException.class).hasMessageContaining("'actor'");
        assertThatThrownBy(() -> QueryParams.instant("from", "2026-11-28"))
                .isInstanceOf(InvalidQueryParameterException.class).hasMessageContaining("'from'");
        assertThatThrownBy(() -> QueryParams.instant("to", "2026-11-28T09:00:00+09:00x"))
                .isInstanceOf(InvalidQueryParameterException.class).hasMessageContaining("'to'");
        assertThatThrownBy(() -> QueryParams.date("asOf", "28/11/2026"))
                .isInstanceOf(InvalidQueryParameterException.class).hasMessageContaining("'asOf'");
        assertThatThrownBy(() -> QueryParams.date("asOf", "2026-02-30"))
                .isInstanceOf(InvalidQueryParameterException.class).hasMessageContaining("'asOf'");
        Instant nine = Instant.parse("2026-11-28T09:00:00Z");
        assertThatThrownBy(() -> QueryParams.range("from", nine, "to", nine))
                .isInstanceOf(InvalidQueryParameterException.class).hasMessageContaining("'to'");
    }
}
