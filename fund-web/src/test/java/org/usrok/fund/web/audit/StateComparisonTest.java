package org.usrok.fund.web.audit;

import org.junit.jupiter.api.Test;
import org.usrok.fund.web.audit.StateComparison.Line;

import static org.assertj.core.api.Assertions.assertThat;

class StateComparisonTest {

    private static final String PENDING = "{\"address\":{\"city\":\"Charleston\",\"postalCode\":\"25301\"},"
            + "\"legalName\":\"Appalachian \\\"AG\\\" Inc.\",\"status\":\"PENDING\",\"version\":0}";
    private static final String VERIFIED = "{\"address\":{\"city\":\"Charleston\",\"postalCode\":\"25301\"},"
            + "\"decidedBy\":\"us.officer1\",\"legalName\":\"Appalachian \\\"AG\\\" Inc.\",\"status\":\"VERIFIED\","
            + "\"version\":1}";

    @Test
    void bothSidesArePrettyPrintedAndOnlyChangedFieldsAreMarked() {
        StateComparison comparison = StateComparison.of(PENDING, VERIFIED);

        assertThat(comparison.before()).extracting(Line::text).containsExactly(
                "{",
                "  \"address\": {",
                "    \"city\": \"Charleston\",",
                "    \"postalCode\": \"25301\"",
                "  },",
                "  \"legalName\": \"Appalachian \\\"AG\\\" Inc.\",",
                "  \"status\": \"PENDING\",",
                "  \"version\": 0",
                "}");
        assertThat(comparison.before()).filteredOn(Line::changed).extracting(Line::text)
                .containsExactly("  \"status\": \"PENDING\",", "  \"version\": 0");
        assertThat(comparison.after()).filteredOn(Line::changed).extracting(Line::text)
                .containsExactly("  \"decidedBy\": \"us.officer1\",", "  \"status\": \"VERIFIED\",", "  \"version\": 1");
    }

    @Test
    void aChangedNestedValueMarksEveryLineOfTheField() {
        StateComparison comparison = StateComparison.of("{\"a\":{\"x\":1,\"y\":[1,2]}}", "{\"a\":{\"x\":2,\"y\":[1,2]}}");

        assertThat(comparison.after()).extracting(Line::text).containsExactly(
                "{", "  \"a\": {", "    \"x\": 2,", "    \"y\": [", "      1,", "      2", "    ]", "  }", "}");
        assertThat(comparison.after()).filteredOn(Line::changed).hasSize(7);
    }

    @Test
    void aCreationHasNoBeforeAndNothingCountsAsChanged() {
        StateComparison comparison = StateComparison.of(null, "{\"status\":\"PENDING\",\"tags\":[],\"note\":null}");

        assertThat(comparison.before()).isEmpty();
        assertThat(comparison.after()).extracting(Line::text)
                .containsExactly("{", "  \"status\": \"PENDING\",", "  \"tags\": [],", "  \"note\": null", "}");
        assertThat(comparison.after()).noneMatch(Line::changed);
        assertThat(comparison.isEmpty()).isFalse();
        assertThat(StateComparison.of(" ", null).isEmpty()).isTrue();
    }

    @Test
    void textThatIsNotJsonIsShownAsStoredAndKoreanStaysReadable() {
        StateComparison comparison = StateComparison.of("not json\nsecond line", "{\"legalName\":\"한빛소재\\n2\\t\"}");

        assertThat(comparison.before()).extracting(Line::text).containsExactly("not json", "second line");
        assertThat(comparison.after()).extracting(Line::text).contains("  \"legalName\": \"한빛소재\\n2\\t\"");
        assertThat(comparison.before()).noneMatch(Line::changed);
    }
}
