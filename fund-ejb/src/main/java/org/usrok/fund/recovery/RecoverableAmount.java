package org.usrok.fund.recovery;

import org.usrok.fund.shared.Money;

import java.io.Serializable;

/**
 * How much more can be recovered from a company in one currency: what was paid to it, what its
 * recoveries that are not rejected or withdrawn already claim, and the difference.
 */
public record RecoverableAmount(long companyId, Money paid, Money claimed, Money available) implements Serializable {
}
