package org.usrok.fund.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FiltersTest {

    @Test
    void aFilterWithoutValueAddsNoCondition() {
        Filters filters = new Filters().where("c.status = :status", "status", null);

        assertThat(filters.clause()).isEmpty();
        assertThat(filters.clause("r.id = c.roundId")).isEqualTo(" where r.id = c.roundId");
    }

    @Test
    void givenFiltersAreJoinedInOrderBeforeTheFixedConditions() {
        Filters filters = new Filters()
                .where("c.roundId = :round", "round", 7L)
                .where("c.status = :status", "status", null)
                .where("c.country = :country", "country", CountryCode.KR)
                .where("c.overdueSince is not null");

        assertThat(filters.clause("r.id = c.roundId", "co.id = c.companyId")).isEqualTo(
                " where c.roundId = :round and c.country = :country and c.overdueSince is not null"
                        + " and r.id = c.roundId and co.id = c.companyId");
    }
}
