package org.usrok.fund.allocation.core;

import java.util.Arrays;

/** An open-addressing map from long keys to dense int indices 0, 1, 2... in order of first insertion. */
final class LongIndex {

    private final long[] keys;
    private final int[] values;
    private final int mask;
    private int size;

    LongIndex(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
        keys = new long[capacity];
        values = new int[capacity];
        Arrays.fill(values, -1);
        mask = capacity - 1;
    }

    /** The index of the key, adding it with the next index when new. */
    int indexOf(long key) {
        int slot = slot(key);
        while (values[slot] >= 0) {
            if (keys[slot] == key) {
                return values[slot];
            }
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        values[slot] = size;
        return size++;
    }

    int size() {
        return size;
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }
}
