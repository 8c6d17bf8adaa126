package org.usrok.fund.disbursement;

import org.usrok.fund.shared.Money;

import java.io.Serializable;

/** A claim's committed share not yet in a live payment: what a batch may pay. */
record ClaimShare(long claimId, long companyId, Money share) implements Serializable {
}
