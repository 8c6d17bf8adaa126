package org.usrok.fund.web.ledger;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** The chart's balances over the entries effective on or before {@code asOf} (left out: all entries). */
public record BalancesResponse(LocalDate asOf, List<AccountTotalsResponse> accounts) implements Serializable {
}
