package org.usrok.fund.allocation.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.Money;

/** Writes the canonical certificate text (format in docs/allocation.md) and checks what it states. */
final class Certificate {

    static final String HEADER = "fund-allocation-certificate-v1";
    static final String INPUTS = "[inputs]";
    static final String OUTPUTS = "[outputs]";
    static final String CHECKS = "[checks]";
    static final String END = "[end]";

    private Certificate() {
    }

    static AllocationCertificate write(Allocator.Run run, List<PoolOutcome> pools, List<Share> shares) {
        Allocator.Input in = run.in;
        StringBuilder inputs = new StringBuilder(64 * in.claims.size() + 512);
        writeInputs(in, inputs);
        byte[] inputBytes = inputs.toString().getBytes(StandardCharsets.UTF_8);
        String inputsDigest = HexFormat.of().formatHex(sha256().digest(inputBytes));
        StringBuilder text = new StringBuilder(inputs.length() + 96 * shares.size() + 4096);
        text.append(HEADER).append('\n').append(inputs);
        line(text, OUTPUTS);
        line(text, "inputs-digest=" + inputsDigest);
        for (int i = 0; i < pools.size(); i++) {
            PoolOutcome p = pools.get(i);
            Allocator.Side s = run.sides.get(i);
            line(text, "pool=" + p.name() + "|" + p.pool() + "|" + p.distributed() + "|" + p.leftover() + "|cap "
                    + (s.cap == PoolAllocator.NO_CAP ? "-" : Money.ofMinor(s.cap, s.currency).toString())
                    + "|floor " + Money.ofMinor(s.floor, s.currency));
        }
        for (Allocator.Converted c : run.conversions) {
            line(text, "conversion=" + c.what() + "|" + orDash(c.from()) + "|" + orDash(c.to()) + "|residue "
                    + c.residue() + "|rate " + in.rate.name());
        }
        for (int g = 0; g < shares.size(); g++) {
            Share s = shares.get(g);
            text.append("share=").append(s.claimId()).append('|').append(s.companyId()).append('|').append(s.country())
                    .append('|');
            money(text, s.country().currency(), in.approvedMinor[g]).append('|');
            money(text, run.sides.get(run.sideOf[g]).currency, run.poolMinor[g]).append('|');
            money(text, s.country().currency(), run.paidMinor[g]).append('|');
            text.append(s.quota()).append('|').append(s.roundingAdjustmentMinor()).append('|')
                    .append(s.capped() ? "capped" : "-").append('|').append(s.belowFloor() ? "below-floor" : "-")
                    .append('\n');
        }
        line(text, CHECKS);
        for (String check : checks(run, pools)) {
            line(text, "check=" + check);
        }
        line(text, END);
        String all = text.toString();
        return new AllocationCertificate(all, inputsDigest, sha256(all));
    }

    static void writeInputs(Allocator.Input in, StringBuilder text) {
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
        line(text, "claims=" + in.claims.size());
        for (int g = 0; g < in.claims.size(); g++) {
            ClaimEntitlement c = in.claims.get(g);
            text.append("claim=").append(c.claimId()).append('|').append(c.companyId()).append('|').append(c.country())
                    .append('|');
            money(text, c.country().currency(), in.approvedMinor[g]).append('\n');
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

    /** Evaluates every check on the outcome; a check that fails is a defect, never a certificate line. */
    private static List<String> checks(Allocator.Run run, List<PoolOutcome> pools) {
        List<String> out = new java.util.ArrayList<>();
        boolean perClaim = run.in.method == AllocationMethod.EVEN && run.in.basis == EvenBasis.CLAIM;
        for (int p = 0; p < pools.size(); p++) {
            Allocator.Side s = run.sides.get(p);
            PoolOutcome pool = pools.get(p);
            long sum = 0;
            LongIndex companies = new LongIndex(s.index.length);
            long[] perCompany = new long[s.index.length];
            long[] companyIds = new long[s.index.length];
            for (int i = 0; i < s.index.length; i++) {
                int g = s.index[i];
                ClaimEntitlement c = run.in.claims.get(g);
                Share share = run.shares[g];
                long ps = run.poolMinor[g];
                sum = Arith.add(sum, ps);
                require(ps >= 0 && ps <= s.approved[i] && run.paidMinor[g] >= 0
                        && run.paidMinor[g] <= run.in.approvedMinor[g], "bounds", c.claimId());
                require(share.roundingAdjustmentMinor() == 0 || share.roundingAdjustmentMinor() == 1, "quota", c.claimId());
                require(!perClaim || s.floor == 0 || ps == 0 || ps >= s.floor, "floor", c.claimId());
                int k = companies.indexOf(c.companyId());
                companyIds[k] = c.companyId();
                perCompany[k] = Arith.add(perCompany[k], ps);
            }
            require(sum == s.outcome.distributed && !pool.leftover().isNegative(), "exact-sum", 0);
            for (int k = 0; k < companies.size(); k++) {
                require(s.cap == PoolAllocator.NO_CAP || perCompany[k] <= s.cap, "cap", companyIds[k]);
                require(perClaim || s.floor == 0 || perCompany[k] == 0 || perCompany[k] >= s.floor, "floor", companyIds[k]);
            }
            String name = pool.name();
            out.add("exact-sum|" + name + "|distributed " + pool.distributed() + " = sum of " + s.index.length
                    + " pool shares; leftover " + pool.leftover() + " = pool - distributed >= 0");
            out.add("bounds|" + name + "|0 <= pool share <= approved (in the pool currency) and 0 <= share <= approved");
            out.add("cap|" + name + "|" + (s.cap == PoolAllocator.NO_CAP ? "no company cap"
                    : "no company above " + Money.ofMinor(s.cap, s.currency)));
            out.add("floor|" + name + "|" + (s.floor == 0 ? "no floor"
                    : "every " + (perClaim ? "claim" : "company") + " gets 0 or at least " + Money.ofMinor(s.floor, s.currency)));
            out.add("quota|" + name + "|every pool share is floor(quota) or floor(quota) + 1");
        }
        out.add("order|all|shares ordered by claim id; result independent of input order");
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

    private static void line(StringBuilder text, String line) {
        text.append(line).append('\n');
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
