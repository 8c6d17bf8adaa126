package org.usrok.fund.allocation.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.usrok.fund.shared.CurrencyCode;

/**
 * A growable UTF-8 byte buffer for the certificate: numbers and amounts are written as digits
 * straight into it, so a million lines cost no intermediate strings, and the digests read the
 * bytes in place.
 */
final class Utf8Text {

    /** "00" to "99", and "0000" to "9999", as ASCII digits in a row. */
    private static final byte[] DIGITS = new byte[200];
    private static final byte[] DIGITS4 = new byte[40_000];

    static {
        for (int i = 0; i < 100; i++) {
            DIGITS[2 * i] = (byte) ('0' + i / 10);
            DIGITS[2 * i + 1] = (byte) ('0' + i % 10);
        }
        for (int i = 0; i < 10_000; i++) {
            DIGITS4[4 * i] = (byte) ('0' + i / 1000);
            DIGITS4[4 * i + 1] = (byte) ('0' + i / 100 % 10);
            DIGITS4[4 * i + 2] = (byte) ('0' + i / 10 % 10);
            DIGITS4[4 * i + 3] = (byte) ('0' + i % 10);
        }
    }

    private byte[] bytes;
    private int length;
    /** Strings written with unpaired surrogates, which UTF-8 writes as '?': (as written, as given) (see {@link #join}). */
    private List<String[]> unpaired = List.of();
    /** Whether every byte written is ASCII (only {@link #text} writes others). */
    private boolean ascii = true;

    Utf8Text(int capacity) {
        bytes = new byte[Math.max(16, capacity)];
    }

    int length() {
        return length;
    }

    /** Appends a string as UTF-8, exactly as {@link String#getBytes} with UTF-8 writes it. */
    Utf8Text text(String s) {
        int n = s.length();
        room(n);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                return nonAscii(s);
            }
            bytes[length + i] = (byte) c;
        }
        length += n;
        return this;
    }

    private Utf8Text nonAscii(String s) {
        ascii = false;
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        String decoded = new String(utf8, StandardCharsets.UTF_8);
        if (!decoded.equals(s)) {
            unpaired = new ArrayList<>(unpaired);
            unpaired.add(new String[] {decoded, s});
        }
        return raw(utf8, 0, utf8.length);
    }

    /** Appends ASCII bytes (a few: a word of the certificate's format). */
    Utf8Text ascii(byte[] b) {
        int n = b.length;
        room(n);
        for (int i = 0; i < n; i++) {
            bytes[length + i] = b[i];
        }
        length += n;
        return this;
    }

    /** The ASCII bytes of a constant of the certificate's format. */
    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    /** Each currency's code and a space, as amounts start. */
    private static final byte[][] CURRENCY = new byte[CurrencyCode.values().length][];

    static {
        for (CurrencyCode c : CurrencyCode.values()) {
            CURRENCY[c.ordinal()] = ascii(c.name() + " ");
        }
    }

    /** Appends an ASCII character. */
    Utf8Text ch(char c) {
        room(1);
        bytes[length++] = (byte) c;
        return this;
    }

    /** Appends what another text holds. */
    Utf8Text append(Utf8Text other) {
        raw(other.bytes, 0, other.length);
        ascii &= other.ascii;
        if (!other.unpaired.isEmpty()) {
            unpaired = new ArrayList<>(unpaired);
            unpaired.addAll(other.unpaired);
        }
        return this;
    }

    Utf8Text raw(byte[] b, int from, int count) {
        room(count);
        System.arraycopy(b, from, bytes, length, count);
        length += count;
        return this;
    }

    /** Appends a long in decimal, as {@link Long#toString(long)} writes it. */
    Utf8Text number(long v) {
        if (v < 0) {
            if (v == Long.MIN_VALUE) {
                return text(Long.toString(v));
            }
            ch('-');
            v = -v;
        }
        return unsigned(v);
    }

    /** Appends an unsigned long in decimal, as {@link Long#toUnsignedString(long)} writes it. */
    Utf8Text unsigned(long v) {
        if (v < 0) {
            long q = Long.divideUnsigned(v, 10);
            unsigned(q);
            return ch((char) ('0' + (v - q * 10)));
        }
        int digits = digits(v);
        room(digits);
        int at = length + digits;
        // one long division per eight digits, the rest in int arithmetic
        while (v > Integer.MAX_VALUE) {
            long q = v / 100_000_000;
            eightDigits(at, (int) (v - q * 100_000_000));
            at -= 8;
            v = q;
        }
        int i = (int) v;
        while (i >= 10_000) {
            int q = i / 10_000;
            int r = 4 * (i - q * 10_000);
            i = q;
            bytes[--at] = DIGITS4[r + 3];
            bytes[--at] = DIGITS4[r + 2];
            bytes[--at] = DIGITS4[r + 1];
            bytes[--at] = DIGITS4[r];
        }
        if (i >= 100) {
            int q = i / 100;
            int r = i - q * 100;
            i = q;
            bytes[--at] = DIGITS[2 * r + 1];
            bytes[--at] = DIGITS[2 * r];
        }
        if (i >= 10) {
            bytes[--at] = DIGITS[2 * i + 1];
            bytes[--at] = DIGITS[2 * i];
        } else {
            bytes[--at] = (byte) ('0' + i);
        }
        length += digits;
        return this;
    }

    /** Writes 0 <= v < 10^8 as exactly eight digits ending before {@code end}. */
    private void eightDigits(int end, int v) {
        int high = v / 10_000;
        int low = 4 * (v - high * 10_000);
        high *= 4;
        bytes[end - 1] = DIGITS4[low + 3];
        bytes[end - 2] = DIGITS4[low + 2];
        bytes[end - 3] = DIGITS4[low + 1];
        bytes[end - 4] = DIGITS4[low];
        bytes[end - 5] = DIGITS4[high + 3];
        bytes[end - 6] = DIGITS4[high + 2];
        bytes[end - 7] = DIGITS4[high + 1];
        bytes[end - 8] = DIGITS4[high];
    }

    /** Appends a non-negative value below 10^18 with leading zeros to exactly 18 digits. */
    Utf8Text eighteenDigits(long v) {
        room(18);
        long high = v / 100_000_000;
        int low = (int) (v - high * 100_000_000);
        long top = high / 100_000_000;
        int middle = (int) (high - top * 100_000_000);
        int end = length + 18;
        eightDigits(end, low);
        eightDigits(end - 8, middle);
        bytes[length + 1] = (byte) ('0' + top % 10);
        bytes[length] = (byte) ('0' + top / 10);
        length += 18;
        return this;
    }

    private static final long[] POWERS = new long[19];

    static {
        long p = 1;
        for (int i = 0; i < POWERS.length; i++) {
            POWERS[i] = p;
            p *= 10;
        }
    }

    /** The number of decimal digits of a non-negative long. */
    private static int digits(long v) {
        // log10 estimated from the bit length (1233/4096 is just above log10(2)), then corrected
        int d = ((64 - Long.numberOfLeadingZeros(v)) * 1233) >>> 12;
        return d < 19 && v >= POWERS[d] ? d + 1 : Math.max(d, 1);
    }

    /** Appends an amount exactly as {@link org.usrok.fund.shared.Money#toString()} writes it. */
    Utf8Text money(CurrencyCode currency, long minor) {
        ascii(CURRENCY[currency.ordinal()]);
        int scale = currency.minorUnits();
        if (scale == 0) {
            return number(minor);
        }
        if (minor < 0) {
            StringBuilder amount = Certificate.money(new StringBuilder(), currency, minor);
            return text(amount.substring(currency.name().length() + 1));
        }
        if (scale == 2) {
            long whole = minor / 100;
            int cents = 2 * (int) (minor - whole * 100);
            unsigned(whole);
            room(3);
            bytes[length] = '.';
            bytes[length + 1] = DIGITS[cents];
            bytes[length + 2] = DIGITS[cents + 1];
            length += 3;
            return this;
        }
        long unit = pow10(scale);
        long whole = minor / unit;
        unsigned(whole).ch('.');
        long fraction = minor - whole * unit;
        room(scale);
        for (int at = length + scale - 1; at >= length; at--) {
            bytes[at] = (byte) ('0' + fraction % 10);
            fraction /= 10;
        }
        length += scale;
        return this;
    }

    private static long pow10(int n) {
        long p = 1;
        for (int i = 0; i < n; i++) {
            p *= 10;
        }
        return p;
    }

    void digestInto(MessageDigest digest, int from) {
        digest.update(bytes, from, length - from);
    }

    /**
     * The text: the UTF-8 decoding of the bytes, except for unpaired surrogates. UTF-8 has none, so
     * the bytes (and the digests) hold '?' for them, as String.getBytes writes them, while the text
     * keeps the string as it was given. Only the rate's name can hold them, and no other part of a
     * certificate has a '?'.
     */
    @Override
    public String toString() {
        // ASCII reads the same in ISO-8859-1, which needs no scan of a hundred megabytes for other bytes
        String text = new String(bytes, 0, length, ascii ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
        for (String[] u : unpaired) {
            text = text.replace(u[0], u[1]);
        }
        return text;
    }

    private void room(int extra) {
        if (length + extra > bytes.length) {
            long wanted = Math.max((long) bytes.length * 2, (long) length + extra);
            if (wanted > Integer.MAX_VALUE - 16) {
                throw new IllegalArgumentException("The certificate would be too large");
            }
            bytes = Arrays.copyOf(bytes, (int) wanted);
        }
    }
}
