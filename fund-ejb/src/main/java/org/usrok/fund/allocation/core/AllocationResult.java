package org.usrok.fund.allocation.core;

import java.util.List;

/**
 * The shares ordered by claim id, the pools, and the certificate that re-derives them. The list of
 * shares is immutable; the allocator's own is a view of its arrays, built share by share as read.
 */
public record AllocationResult(List<Share> shares, List<PoolOutcome> pools, AllocationCertificate certificate) {

    public AllocationResult {
        shares = shares instanceof Allocator.Shares ? shares : List.copyOf(shares);
        pools = List.copyOf(pools);
    }
}
