package org.usrok.fund.contribution;

import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.Money;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** One government's contribution to a round: pledged vs received, in its own currency, with the entries behind them. */
public record ContributionStatus(CountryCode government, Money pledged, LocalDate pledgedOn, Long pledgeSequence,
                                 Money received, Money outstanding, List<ReceiptSummary> receipts) implements Serializable {
}
