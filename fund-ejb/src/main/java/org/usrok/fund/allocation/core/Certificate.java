package org.usrok.fund.allocation.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.Money;

/** Writes the canonical certificate text (format in docs/allocation.md) and checks what it states. */
final class Certificate {

    static final String HEADER = "fund-allocation-certificate-v1";
    static final String INPUTS = "[inputs]";
    static final String OUTPUTS = "[outputs]";
    static final String CHECKS = "[checks]";
    static final String END = "[end]";

    /** Words of the share and claim lines, as ASCII bytes. */
    private static final byte[] SHARE = Utf8Text.ascii("share=");
    private static final byte[] CLAIM = Utf8Text.ascii("claim=");
    private static final byte[] CAPPED = Utf8Text.ascii("capped|");
    private static final byte[] DASH = Utf8Text.ascii("-|");
    private static final byte[] BELOW_FLOOR = Utf8Text.ascii("below-floor\n");
    private static final byte[] DASH_END = Utf8Text.ascii("-\n");
    /** Each country's code and the '|' after it. */
    private static final byte[][] COUNTRY = new byte[CountryCode.values().length][];

    static {
        for (CountryCode c : CountryCode.values()) {
            COUNTRY[c.ordinal()] = Utf8Text.ascii(c.name() + "|");
        }
    }

    private Certificate() {
    }

    /**
     * The text so far (header and inputs section, which the outputs will follow in the same buffer),
     * where the inputs section starts, its digest, and the whole text's digest so far.
     */
    record Inputs(Utf8Text text, int inputsFrom, String inputsDigest, MessageDigest whole) {
    }

    /** Bytes per claim the buffer is sized for: about 40 for its input line and 110 for its share line. */
    private static final int BYTES_PER_CLAIM = 160;

    /** Writes the header and the inputs section and digests them: all it needs is the input. */
    static Inputs inputs(Allocator.Input in) {
        Utf8Text text = inputsStart(in, in.n);
        return digestInputs(text, false);
    }

    /**
     * A buffer sized for the whole certificate, with the header, the inputs section's first lines
     * and the lines of claims 0..to-1; {@link #claimLines} writes the others, to be appended.
     */
    static Utf8Text inputsStart(Allocator.Input in, int to) {
        Utf8Text text = new Utf8Text((int) Math.min(Integer.MAX_VALUE - 16, (long) BYTES_PER_CLAIM * in.n + 8192));
        text.text(HEADER).ch('\n');
        writeInputsHeader(in, text);
        writeClaimLines(in, 0, to, text);
        return text;
    }

    /** The lines of claims from..to-1 in a buffer of their own. */
    static Utf8Text claimLines(Allocator.Input in, int from, int to) {
        Utf8Text text = new Utf8Text(48 * (to - from) + 1024);
        writeClaimLines(in, from, to, text);
        return text;
    }

    /**
     * Digests a text that holds the header and the whole inputs section: the inputs section alone
     * (on the other core when {@code parallel}) and the text so far, which the outputs will continue.
     */
    static Inputs digestInputs(Utf8Text text, boolean parallel) {
        int inputsFrom = HEADER.length() + 1;
        Forked<String> inputsDigest = Forked.of(parallel, () -> {
            MessageDigest digest = sha256();
            text.digestInto(digest, inputsFrom);
            return HexFormat.of().formatHex(digest.digest());
        });
        MessageDigest whole = sha256();
        text.digestInto(whole, 0);
        return new Inputs(text, inputsFrom, inputsDigest.join(), whole);
    }

    /**
     * Writes the outputs and checks after the inputs section, in the same buffer. The digests are
     * taken over the written UTF-8 bytes in place. The two halves of the share lines, and the text
     * and the digest, may be made on two cores.
     */
    static AllocationCertificate write(Allocator.Run run, List<PoolOutcome> pools, Inputs inputs) {
        Allocator.Input in = run.in;
        int half = in.n / 2;
        Forked<Utf8Text> secondHalf = Forked.of(run.parallel, () -> {
            Utf8Text text = new Utf8Text(112 * (in.n - half) + 1024);
            writeShares(run, half, in.n, text);
            return text;
        });
        Utf8Text all = inputs.text();
        int outputsFrom = all.length();
        line(all, OUTPUTS);
        line(all, "inputs-digest=" + inputs.inputsDigest());
        for (int i = 0; i < pools.size(); i++) {
            PoolOutcome p = pools.get(i);
            Allocator.Side s = run.sides.get(i);
            line(all, "pool=" + p.name() + "|" + p.pool() + "|" + p.distributed() + "|" + p.leftover() + "|cap "
                    + (s.cap == PoolAllocator.NO_CAP ? "-" : Money.ofMinor(s.cap, s.currency).toString())
                    + "|floor " + Money.ofMinor(s.floor, s.currency));
        }
        for (Allocator.Converted c : run.conversions) {
            line(all, "conversion=" + c.what() + "|" + orDash(c.from()) + "|" + orDash(c.to()) + "|residue "
                    + c.residue() + "|rate " + in.rate.name());
        }
        writeShares(run, 0, half, all);
        all.append(secondHalf.join());
        line(all, CHECKS);
        for (String check : checks(run)) {
            line(all, "check=" + check);
        }
        line(all, END);
        Forked<String> text = Forked.of(run.parallel, all::toString);
        MessageDigest digest = inputs.whole();
        all.digestInto(digest, outputsFrom);
        String allDigest = HexFormat.of().formatHex(digest.digest());
        return new AllocationCertificate(text.join(), inputs.inputsDigest(), allDigest);
    }

    /** The share lines of claims from..to-1 (claim-id order). */
    private static void writeShares(Allocator.Run run, int from, int to, Utf8Text text) {
        Allocator.Input in = run.in;
        for (int g = from; g < to; g++) {
            CurrencyCode currency = in.country[g].currency();
            text.ascii(SHARE).number(in.claimId[g]).ch('|').number(in.companyId[g]).ch('|')
                    .ascii(COUNTRY[in.country[g].ordinal()]).money(currency, in.approvedMinor[g]).ch('|')
                    .money(run.sides.get(run.sideOf[g]).currency, run.poolMinor[g]).ch('|')
                    .money(currency, run.paidMinor[g]).ch('|');
            run.quota.appendTo(g, text, run.sides.get(run.sideOf[g]).level);
            long adjustment = run.adjustment(g);
            text.ch('|').number(adjustment).ch('|').ascii(run.capped[g] ? CAPPED : DASH)
                    .ascii(run.belowFloor[g] ? BELOW_FLOOR : DASH_END);
        }
    }

    /** The inputs section's lines before the claims. */
    private static void writeInputsHeader(Allocator.Input in, Utf8Text text) {
        line(text, INPUTS);
        line(text, "mode=" + in.mode);
        line(text, "method=" + in.method);
        line(text, "even-basis=" + orDash(in.basis));
        line(text, "company-cap=" + orDash(in.companyCap));
        line(text, "cap-percent-of-pool=" + (in.capPercent == null ? "-" : in.capPercent.toPlainString()));
        line(text, "floor=" + orDash(in.floor));
        line(text, "pool-currency=" + orDash(in.poolCurrency));
        line(text, "rate=" + (in.rate == null ? "-"
                : in.rate.rate().base() + "/" + in.rate.rate().quote() + "|" + in.rate.rate().rate().toPlainString() + "|"
                        + in.rate.name()));
        line(text, "us-pool=" + in.usPool);
        line(text, "kr-pool=" + in.krPool);
        line(text, "claims=" + in.n);
    }

    /** The input lines of claims from..to-1 (claim-id order). */
    private static void writeClaimLines(Allocator.Input in, int from, int to, Utf8Text text) {
        for (int g = from; g < to; g++) {
            text.ascii(CLAIM).number(in.claimId[g]).ch('|').number(in.companyId[g]).ch('|')
                    .ascii(COUNTRY[in.country[g].ordinal()]).money(in.country[g].currency(), in.approvedMinor[g]).ch('\n');
        }
    }

    /** Appends an amount exactly as {@link Money#toString()} writes it ("USD 12.05", "KRW 1000"). */
    static StringBuilder money(StringBuilder text, CurrencyCode currency, long minor) {
        text.append(currency).append(' ');
        int digits = currency.minorUnits();
        if (digits == 0) {
            return text.append(minor);
        }
        if (minor < 0) {
            text.append('-');
            minor = -minor;
        }
        long scale = 1;
        for (int i = 0; i < digits; i++) {
            scale *= 10;
        }
        text.append(minor / scale).append('.');
        String fraction = Long.toString(minor % scale);
        for (int i = fraction.length(); i < digits; i++) {
            text.append('0');
        }
        return text.append(fraction);
    }

    /** The checks of every pool, as {@link #sideChecks} evaluated them, and the order check. */
    private static List<String> checks(Allocator.Run run) {
        List<String> out = new ArrayList<>();
        for (Allocator.Side s : run.sides) {
            out.addAll(s.checks);
        }
        out.add("order|all|shares ordered by claim id; result independent of input order");
        return out;
    }

    /**
     * Evaluates every check on one pool's outcome, once its shares are settled (the pools have
     * disjoint claims and companies, so each may be checked on its own core); a check that fails is
     * a defect, never a certificate line.
     */
    static List<String> sideChecks(Allocator.Run run, Allocator.Side s) {
        Allocator.Input in = run.in;
        boolean perClaim = in.method == AllocationMethod.EVEN && in.basis == EvenBasis.CLAIM;
        long[] perCompany = new long[in.companies];
        long sum = 0;
        for (int i = 0; i < s.index.length; i++) {
            int g = s.index[i];
            long id = in.claimId[g];
            long ps = run.poolMinor[g];
            sum = Arith.add(sum, ps);
            require(ps >= 0 && ps <= s.approved[i] && run.paidMinor[g] >= 0
                    && run.paidMinor[g] <= in.approvedMinor[g], "bounds", id);
            long adjustment = run.adjustment(g);
            require(adjustment == 0 || adjustment == 1, "quota", id);
            require(!perClaim || s.floor == 0 || ps == 0 || ps >= s.floor, "floor", id);
            perCompany[in.company[g]] = Arith.add(perCompany[in.company[g]], ps);
        }
        long distributedMinor = s.outcome.distributed;
        require(sum == distributedMinor && distributedMinor <= s.pool, "exact-sum", 0);
        // each company in order of first appearance (by claim id), once per claim
        for (int i = 0; i < s.index.length; i++) {
            int g = s.index[i];
            long total = perCompany[in.company[g]];
            require(s.cap == PoolAllocator.NO_CAP || total <= s.cap, "cap", in.companyId[g]);
            require(perClaim || s.floor == 0 || total == 0 || total >= s.floor, "floor", in.companyId[g]);
        }
        Money distributed = Money.ofMinor(distributedMinor, s.currency);
        Money leftover = Money.ofMinor(s.pool - distributedMinor, s.currency);
        List<String> out = new ArrayList<>();
        out.add("exact-sum|" + s.name + "|distributed " + distributed + " = sum of " + s.index.length
                + " pool shares; leftover " + leftover + " = pool - distributed >= 0");
        out.add("bounds|" + s.name + "|0 <= pool share <= approved (in the pool currency) and 0 <= share <= approved");
        out.add("cap|" + s.name + "|" + (s.cap == PoolAllocator.NO_CAP ? "no company cap"
                : "no company above " + Money.ofMinor(s.cap, s.currency)));
        out.add("floor|" + s.name + "|" + (s.floor == 0 ? "no floor"
                : "every " + (perClaim ? "claim" : "company") + " gets 0 or at least " + Money.ofMinor(s.floor, s.currency)));
        out.add("quota|" + s.name + "|every pool share is floor(quota) or floor(quota) + 1");
        return out;
    }

    private static void require(boolean ok, String check, long id) {
        if (!ok) {
            throw new IllegalStateException("Allocation check " + check + " failed for " + id);
        }
    }

    private static String orDash(Object o) {
        return o == null ? "-" : o.toString();
    }

    private static void line(Utf8Text text, String line) {
        text.text(line).ch('\n');
    }

    static String sha256(String text) {
        return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
