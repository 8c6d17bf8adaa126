package org.usrok.fund.allocation;

import org.usrok.fund.allocation.core.AllocationMethod;
import org.usrok.fund.allocation.core.EvenBasis;
import org.usrok.fund.allocation.core.PoolMode;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * What a company's award letter states for one committed allocation: the company, the round, the
 * scenario's method and pool mode, the rate it cites, when each government approved it and when it
 * was committed, the certificate's SHA-256 digest (a reader can check the letter against the
 * certificate the auditors verify), and the company's shares, one per claim. Officers' names are
 * left out: the company deals with its governments, not with persons.
 */
public record AwardLetter(long companyId, String companyName, long roundId, String roundNameEn, String roundNameKo,
                          long scenarioId, String scenarioName, AllocationMethod method, EvenBasis evenBasis,
                          PoolMode poolMode, String rateName, Instant usApprovedAt, Instant krApprovedAt,
                          Instant committedAt, String certificateDigest, List<CompanyAllocation> shares) implements Serializable {

    public AwardLetter {
        shares = List.copyOf(shares);
    }
}
