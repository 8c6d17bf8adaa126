package org.usrok.fund.allocation.core;

import java.util.List;

/** The shares ordered by claim id, the pools, and the certificate that re-derives them. */
public record AllocationResult(List<Share> shares, List<PoolOutcome> pools, AllocationCertificate certificate) {

    public AllocationResult {
        shares = List.copyOf(shares);
        pools = List.copyOf(pools);
    }
}
