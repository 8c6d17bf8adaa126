package org.usrok.fund.allocation.core;

/**
 * The exact quotas of many units or claims, held as columns of longs (whole + rem/den) rather than
 * a million {@link Quota} objects; a quota that needs BigInteger is kept as its object. Index i is
 * written by one thread; different indices may be written by different threads at once.
 */
final class Quotas {

    private final long[] whole;
    private final long[] rem;
    private final long[] den;
    private Quota[] big;

    Quotas(int n) {
        whole = new long[n];
        rem = new long[n];
        den = new long[n];
        java.util.Arrays.fill(den, 1);
    }

    void set(int i, Quota q) {
        whole[i] = q.whole;
        if (q.isSmall()) {
            rem[i] = q.smallRemainder();
            den[i] = q.smallDenominator();
            if (big != null) {
                big[i] = null;
            }
        } else {
            big()[i] = q;
        }
    }

    void setWhole(int i, long v) {
        set(i, v, 0, 1);
    }

    private void set(int i, long w, long r, long d) {
        whole[i] = w;
        rem[i] = r;
        den[i] = d;
        if (big != null) {
            big[i] = null;
        }
    }

    /** Sets a*b/d, as {@link Quota#of(long, long, long)} gives it. */
    void setProduct(int i, long a, long b, long d) {
        if (Arith.fitsLong(a, b)) {
            long p = a * b;
            set(i, p / d, p % d, d);
            return;
        }
        long hi = Math.multiplyHigh(a, b);
        if (hi < d) {
            long lo = a * b;
            long q = Arith.divide128(hi, lo, d, null);
            if (q >= 0) {
                // the remainder is below d, so it is the low 64 bits of a·b − q·d
                set(i, q, lo - q * d, d);
                return;
            }
        }
        set(i, Quota.of(a, b, d));
    }

    /** Sets a*b/d, as {@link Quota#of(long, long, Arith.Divisor)} gives it. */
    void setProduct(int i, long a, long b, Arith.Divisor d) {
        long hi = Math.multiplyHigh(a, b);
        if (hi < d.value) {
            long lo = a * b;
            long q = d.divide(hi, lo, null);
            if (q >= 0) {
                set(i, q, lo - q * d.value, d.value);
                return;
            }
        }
        set(i, Quota.of(a, b, d));
    }

    /** Adds whole minor units to quota i. */
    void addWhole(int i, long v) {
        whole[i] = Arith.add(whole[i], v);
        if (big != null && big[i] != null) {
            big[i] = big[i].plusWhole(v);
        }
    }

    long whole(int i) {
        return whole[i];
    }

    boolean hasRemainder(int i) {
        return big != null && big[i] != null ? big[i].hasRemainder() : rem[i] != 0;
    }

    /** The denominator of the remainder, or -1 when it needs BigInteger. */
    long smallDenominator(int i) {
        return big != null && big[i] != null ? -1 : den[i];
    }

    long smallRemainder(int i) {
        return rem[i];
    }

    Quota get(int i) {
        return big != null && big[i] != null ? big[i] : Quota.small(whole[i], rem[i], den[i]);
    }

    /** Copies quota i into slot {@code at} of another store. */
    void copyTo(int i, Quotas to, int at) {
        if (big != null && big[i] != null) {
            to.set(at, big[i]);
        } else {
            to.set(at, whole[i], rem[i], den[i]);
        }
    }

    /** Writes quota i as {@link Quota#toString()} does; {@code shared} may be null (see {@link Quota#appendTo}). */
    void appendTo(int i, Utf8Text text, SharedDenominator shared) {
        if (big != null && big[i] != null) {
            big[i].appendTo(text);
        } else {
            Quota.appendTo(text, whole[i], rem[i], den[i], shared);
        }
    }

    private synchronized Quota[] big() {
        if (big == null) {
            big = new Quota[whole.length];
        }
        return big;
    }
}
