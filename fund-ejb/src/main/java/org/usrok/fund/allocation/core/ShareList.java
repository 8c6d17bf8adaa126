package org.usrok.fund.allocation.core;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * The shares of an allocation, ordered by claim id, read from the allocation's arrays when asked
 * for: a million claims are held as a few primitive arrays instead of a million records with
 * their amounts. Immutable; every {@link #get} of an index gives an equal {@link Share}.
 */
final class ShareList extends AbstractList<Share> implements RandomAccess {

    private final Allocator.Run run;

    ShareList(Allocator.Run run) {
        this.run = run;
    }

    @Override
    public Share get(int index) {
        return run.share(java.util.Objects.checkIndex(index, run.in.n));
    }

    @Override
    public int size() {
        return run.in.n;
    }
}
