package org.usrok.fund.allocation.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
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
        StringBuilder text = new StringBuilder(256 + 120 * shares.size() * 2);
        text.append(HEADER).append('\n');
        int inputsFrom = text.length();
        writeInputs(run.in, text);
        String inputsDigest = sha256(text.substring(inputsFrom));
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
                    + c.residue() + "|rate " + run.in.rate.name());
        }
        for (Share s : shares) {
            text.append("share=").append(s.claimId()).append('|').append(s.companyId()).append('|').append(s.country())
                    .append('|').append(s.approved()).append('|').append(s.poolShare()).append('|').append(s.share())
                    .append('|').append(s.quota()).append('|').append(s.roundingAdjustmentMinor()).append('|')
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
        for (ClaimEntitlement c : in.claims) {
            text.append("claim=").append(c.claimId()).append('|').append(c.companyId()).append('|').append(c.country())
                    .append('|').append(c.approved()).append('\n');
        }
    }

    /** Evaluates every check on the outcome; a check that fails is a defect, never a certificate line. */
    private static List<String> checks(Allocator.Run run, List<PoolOutcome> pools) {
        List<String> out = new java.util.ArrayList<>();
        boolean perClaim = run.in.method == AllocationMethod.EVEN && run.in.basis == EvenBasis.CLAIM;
        for (int p = 0; p < pools.size(); p++) {
            Allocator.Side s = run.sides.get(p);
            PoolOutcome pool = pools.get(p);
            long sum = 0;
            Map<Long, Long> perCompany = new HashMap<>();
            for (int i = 0; i < s.index.length; i++) {
                ClaimEntitlement c = run.in.claims.get(s.index[i]);
                Share share = run.shares[s.index[i]];
                long ps = share.poolShare().minorUnits();
                sum = Arith.add(sum, ps);
                require(ps >= 0 && ps <= s.approved[i] && !share.share().isNegative()
                        && share.share().compareTo(c.approved()) <= 0, "bounds", c.claimId());
                require(share.roundingAdjustmentMinor() == 0 || share.roundingAdjustmentMinor() == 1, "quota", c.claimId());
                require(!perClaim || s.floor == 0 || ps == 0 || ps >= s.floor, "floor", c.claimId());
                perCompany.merge(c.companyId(), ps, Arith::add);
            }
            require(sum == pool.distributed().minorUnits() && !pool.leftover().isNegative(), "exact-sum", 0);
            for (Map.Entry<Long, Long> e : perCompany.entrySet()) {
                require(s.cap == PoolAllocator.NO_CAP || e.getValue() <= s.cap, "cap", e.getKey());
                require(perClaim || s.floor == 0 || e.getValue() == 0 || e.getValue() >= s.floor, "floor", e.getKey());
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
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
