package org.usrok.fund.dashboard;

import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.Money;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * An auditor's home figures: the ledger's size and head, the last checkpoint and reconciliation,
 * the trial balance per currency, the latest exports and the allocation certificates.
 */
public record AuditorDashboard(long entries, Long lastSequence, Instant lastEntryAt, Long checkpointSequence,
                               Instant checkpointAt, String checkpointReason, Instant lastReconciliationAt,
                               List<CurrencyBalance> trialBalance, List<ExportRecord> exports,
                               List<Certificate> certificates) implements Serializable {

    public AuditorDashboard {
        trialBalance = List.copyOf(trialBalance);
        exports = List.copyOf(exports);
        certificates = List.copyOf(certificates);
    }

    /** True when every currency's debits equal its credits. */
    public boolean balanced() {
        return trialBalance.stream().allMatch(CurrencyBalance::balanced);
    }

    /** One currency's total debits and credits over the whole journal. */
    public record CurrencyBalance(CurrencyCode currency, Money debits, Money credits) implements Serializable {
        public boolean balanced() {
            return debits.equals(credits);
        }
    }

    /** A ledger export as its audit record tells it: when, by whom, and the head hash handed out. */
    public record ExportRecord(Instant at, String actor, String headHash) implements Serializable {
    }

    /**
     * A committed allocation's certificate: scenario (id and name), round (id and English name, the
     * portal shows the Korean one on a Korean page), commitment time and digest.
     */
    public record Certificate(long scenarioId, String scenarioName, long roundId, String roundNameEn,
                              Instant committedAt, String digest) implements Serializable {
    }
}
