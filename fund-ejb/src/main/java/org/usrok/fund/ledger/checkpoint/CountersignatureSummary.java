package org.usrok.fund.ledger.checkpoint;

import org.usrok.fund.shared.CountryCode;

import java.io.Serializable;
import java.time.Instant;

/** A government's countersignature of a checkpoint: which government, which officer, when. */
public record CountersignatureSummary(CountryCode government, String officer, Instant countersignedAt) implements Serializable {
}
