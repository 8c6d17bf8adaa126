package org.usrok.fund.web.portal;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class FieldIdsTest {

    private final FieldIds plan = new FieldIds("applicationForm", "plan.", Set.of("summary", "materials", "currentSources"),
            Set.of("currentSources", "targetSources"));

    @Test
    void fieldsAndRowCellsMapToTheirInputs() {
        assertThat(plan.clientId("summary")).isEqualTo("applicationForm:summary");
        assertThat(plan.clientId("plan.summary")).isEqualTo("applicationForm:summary");
        assertThat(plan.clientId("plan.currentSources[2].supplier")).isEqualTo("applicationForm:currentSources:2:supplier");
        assertThat(plan.clientId("targetSources[0].sharePercent")).isEqualTo("applicationForm:targetSources:0:sharePercent");
        assertThat(plan.clientId("plan.materials[0]")).isEqualTo("applicationForm:materials");
        assertThat(plan.clientId("currentSources")).isEqualTo("applicationForm:currentSources");
    }

    @Test
    void unknownFieldsGoToTheTopOfThePage() {
        assertThat(plan.clientId(null)).isNull();
        assertThat(plan.clientId("roundId")).isNull();
        assertThat(plan.clientId("lines[0].amount")).isNull();
    }
}
