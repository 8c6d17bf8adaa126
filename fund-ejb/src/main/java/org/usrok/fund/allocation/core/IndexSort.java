package org.usrok.fund.allocation.core;

/** A stable merge sort of int indices by a primitive comparator, without boxing. */
final class IndexSort {

    interface Order {
        int compare(int a, int b);
    }

    private IndexSort() {
    }

    static int[] identity(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        return a;
    }

    static void sort(int[] a, int from, int to, Order order) {
        if (to - from < 2) {
            return;
        }
        int[] tmp = new int[to - from];
        sort(a, tmp, from, to, order);
    }

    private static void sort(int[] a, int[] tmp, int from, int to, Order order) {
        int n = to - from;
        if (n < 24) {
            for (int i = from + 1; i < to; i++) {
                int v = a[i];
                int j = i - 1;
                while (j >= from && order.compare(a[j], v) > 0) {
                    a[j + 1] = a[j];
                    j--;
                }
                a[j + 1] = v;
            }
            return;
        }
        int mid = (from + to) >>> 1;
        sort(a, tmp, from, mid, order);
        sort(a, tmp, mid, to, order);
        if (order.compare(a[mid - 1], a[mid]) <= 0) {
            return;
        }
        System.arraycopy(a, from, tmp, 0, n);
        int i = 0;
        int j = mid - from;
        int k = from;
        while (i < mid - from && j < n) {
            a[k++] = order.compare(tmp[j], tmp[i]) < 0 ? tmp[j++] : tmp[i++];
        }
        while (i < mid - from) {
            a[k++] = tmp[i++];
        }
        while (j < n) {
            a[k++] = tmp[j++];
        }
    }
}
