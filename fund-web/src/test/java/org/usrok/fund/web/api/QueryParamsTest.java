package org.usrok.fund.web.api;

import org.junit.jupiter.api.Test;
import org.usrok.fund.shared.CountryCode;

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
}
