package org.usrok.fund.round;

import org.usrok.fund.shared.Money;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/** A {@link DraftRound} after the service checked it: instants, a fraction and exact money. */
record RoundTerms(String nameEn, String nameKo, Instant applicationOpensAt, Instant applicationClosesAt,
                  Instant claimOpensAt, Instant claimClosesAt, String displayZone, BigDecimal eligibleShare,
                  Money usContribution, LocalDate usPledgedOn, Money krContribution, LocalDate krPledgedOn,
                  Set<String> materials, Set<String> costCategories) implements Serializable {
}
