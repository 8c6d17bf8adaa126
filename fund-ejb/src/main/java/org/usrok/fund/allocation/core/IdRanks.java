package org.usrok.fund.allocation.core;

import java.util.Arrays;

/**
 * The distinct values of a long array (ids) numbered 0, 1, 2... in ascending order. Ids from a
 * database sequence are dense, so a table indexed by id - min does it in linear time; other ids are
 * sorted.
 */
final class IdRanks {

    /** The rank of each value, in the order given. */
    final int[] rank;
    /** The distinct values, ascending: {@code distinct[rank[i]] == values[i]}. */
    final long[] distinct;

    private IdRanks(int[] rank, long[] distinct) {
        this.rank = rank;
        this.distinct = distinct;
    }

    static IdRanks of(long[] values) {
        IdRanks dense = ifDense(values);
        return dense != null ? dense : sorted(values);
    }

    /** The ranks by a table, or null when the values spread over more than about 4 times their number. */
    static IdRanks ifDense(long[] values) {
        int n = values.length;
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (long v : values) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        long range = max - min;
        if (n == 0 || range < 0 || range > 4L * n + 1024) {
            return n == 0 ? new IdRanks(new int[0], new long[0]) : null;
        }
        int[] table = new int[(int) range + 1];
        for (long v : values) {
            table[(int) (v - min)] = 1;
        }
        int count = 0;
        for (int t = 0; t < table.length; t++) {
            if (table[t] != 0) {
                table[t] = ++count;
            }
        }
        long[] distinct = new long[count];
        int[] rank = new int[n];
        for (int i = 0; i < n; i++) {
            int r = table[(int) (values[i] - min)] - 1;
            rank[i] = r;
            distinct[r] = values[i];
        }
        return new IdRanks(rank, distinct);
    }

    private static IdRanks sorted(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int count = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[count++] = sorted[i];
            }
        }
        long[] distinct = Arrays.copyOf(sorted, count);
        int[] rank = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            rank[i] = Arrays.binarySearch(distinct, values[i]);
        }
        return new IdRanks(rank, distinct);
    }
}
