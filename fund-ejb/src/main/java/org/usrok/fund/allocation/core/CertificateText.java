package org.usrok.fund.allocation.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.Money;

/**
 * Writes the certificate text, line by line as docs/allocation.md "The certificate" defines it, and
 * checks each statement of its {@code check=} lines on the allocation before writing it: a statement
 * that does not hold is a defect ({@link IllegalStateException}) and never becomes a certificate.
 */
final class CertificateText {

    static final String HEADER = "fund-allocation-certificate-v2";

    private CertificateText() {
    }

    static AllocationCertificate write(Allocator.Allocation a, List<PoolOutcome> outcomes) {
        Allocator.Input in = a.in;
        // about 40 characters per claim line and 110 per share line
        StringBuilder text = new StringBuilder(160 * in.claims.size() + 4096);
        line(text.append(HEADER));
        int inputsFrom = text.length();
        inputs(in, text);
        String inputsDigest = sha256(text, inputsFrom, text.length());
        line(text.append("[outputs]"));
        line(text.append("inputs-digest=").append(inputsDigest));
        for (int p = 0; p < outcomes.size(); p++) {
            PoolOutcome o = outcomes.get(p);
            Allocator.Pool pool = a.pools.get(p);
            text.append("pool=").append(o.name()).append('|').append(o.pool()).append('|').append(o.distributed())
                    .append('|').append(o.leftover()).append("|cap ");
            if (pool.cap == PoolSharing.NO_CAP) {
                text.append('-');
            } else {
                amount(text, pool.currency, pool.cap);
            }
            amount(text.append("|floor "), pool.currency, pool.floor);
            line(text);
        }
        for (Allocator.Converted c : a.conversions) {
            text.append("conversion=").append(c.what()).append('|').append(c.from() == null ? "-" : c.from()).append('|')
                    .append(c.to() == null ? "-" : c.to()).append("|residue ").append(c.residue()).append(' ')
                    .append(c.residueCurrency()).append(" minor units|rate ").append(in.rate.name());
            line(text);
        }
        for (int g = 0; g < in.claims.size(); g++) {
            shareLine(text, a, g);
        }
        line(text.append("[checks]"));
        for (int p = 0; p < outcomes.size(); p++) {
            checkPool(text, a, a.pools.get(p), outcomes.get(p));
        }
        checkPayable(text, a);
        line(text.append("check=order|all|shares ordered by claim id; result independent of input order"));
        line(text.append("[end]"));
        return new AllocationCertificate(text.toString(), inputsDigest, sha256(text, 0, text.length()));
    }

    /** Writes the inputs section, from {@code [inputs]} through the LF of the last claim line. */
    private static void inputs(Allocator.Input in, StringBuilder text) {
        AllocationRules rules = in.rules;
        line(text.append("[inputs]"));
        line(text.append("mode=").append(in.mode));
        line(text.append("method=").append(rules.method()));
        line(text.append("even-basis=").append(rules.method() == AllocationMethod.EVEN ? rules.evenBasis() : "-"));
        line(text.append("company-cap=").append(orDash(rules.companyCap())));
        line(text.append("cap-percent-of-pool=").append(rules.capPercentOfPool() == null ? "-"
                : rules.capPercentOfPool().toPlainString()));
        line(text.append("floor=").append(orDash(rules.floor())));
        line(text.append("pool-currency=").append(orDash(in.poolCurrency)));
        text.append("rate=");
        if (in.rate == null) {
            text.append('-');
        } else {
            text.append(in.rate.rate().base()).append('/').append(in.rate.rate().quote()).append('|')
                    .append(in.rate.rate().rate().toPlainString()).append('|').append(in.rate.name());
        }
        line(text);
        line(text.append("us-pool=").append(in.usPool));
        line(text.append("kr-pool=").append(in.krPool));
        line(text.append("claims=").append(in.claims.size()));
        for (int g = 0; g < in.claims.size(); g++) {
            ClaimEntitlement c = in.claims.get(g);
            text.append("claim=").append(c.claimId()).append('|').append(c.companyId()).append('|').append(c.country())
                    .append('|');
            amount(text, c.approved().currency(), in.approvedMinor[g]);
            line(text);
        }
    }

    private static void shareLine(StringBuilder text, Allocator.Allocation a, int g) {
        ClaimEntitlement c = a.in.claims.get(g);
        Allocator.Pool pool = a.poolOf[g];
        PoolSharing s = pool.sharing;
        int j = a.at[g];
        CurrencyCode currency = c.country().currency();
        text.append("share=").append(c.claimId()).append('|').append(c.companyId()).append('|').append(c.country())
                .append('|');
        amount(text, currency, a.in.approvedMinor[g]);
        amount(text.append('|'), pool.currency, s.poolShare[j]);
        amount(text.append('|'), currency, a.paid[g]);
        text.append('|').append(s.quotaText(j)).append('|').append(a.adjustment(g)).append('|')
                .append(s.capped[j] ? "capped" : "-").append('|').append(s.belowFloor[j] ? "below-floor" : "-");
        line(text);
    }

    /** The five checks of one pool: each statement is checked on the allocation, then written. */
    private static void checkPool(StringBuilder text, Allocator.Allocation a, Allocator.Pool pool, PoolOutcome outcome) {
        PoolSharing s = pool.sharing;
        String name = pool.name;
        long sum = 0;
        for (int j = 0; j < pool.claims.length; j++) {
            int g = pool.claims[j];
            long approved = a.in.approvedMinor[g];
            sum += s.poolShare[j];
            require(s.poolShare[j] >= 0 && s.poolShare[j] <= s.approved[j] && a.paid[g] >= 0 && a.paid[g] <= approved,
                    "bounds", name, s.claimId[j]);
            long adjustment = a.adjustment(g);
            require(adjustment == 0 || adjustment == 1, "quota", name, s.claimId[j]);
        }
        long leftover = pool.amount - s.distributed;
        require(sum == s.distributed && leftover >= 0, "exact-sum", name, 0);
        for (int k = 0; k < s.companyId.length; k++) {
            long companyShare = 0;
            for (int j : s.claimsOf[k]) {
                companyShare += s.poolShare[j];
            }
            require(pool.cap == PoolSharing.NO_CAP || companyShare <= pool.cap, "cap", name, s.companyId[k]);
            if (!s.claimUnits) {
                checkFloor(companyShare, s.companyLimit[k], s.unitFloorOfClaim(s.claimsOf[k][0]), pool.floor, leftover,
                        name, s.companyId[k]);
                continue;
            }
            long capRoom = pool.cap == PoolSharing.NO_CAP ? Long.MAX_VALUE : pool.cap - companyShare;
            for (int j : s.claimsOf[k]) {
                checkFloor(s.poolShare[j], s.approved[j], s.unitFloorOfClaim(j), pool.floor, Math.min(leftover, capRoom),
                        name, s.claimId[j]);
            }
        }
        line(text.append("check=exact-sum|").append(name).append("|distributed ").append(outcome.distributed())
                .append(" = sum of ").append(pool.claims.length).append(" pool shares; leftover ")
                .append(outcome.leftover()).append(" = pool - distributed >= 0"));
        line(text.append("check=bounds|").append(name)
                .append("|0 <= pool share <= approved (in the pool currency) and 0 <= share <= approved"));
        text.append("check=cap|").append(name).append('|');
        if (pool.cap == PoolSharing.NO_CAP) {
            text.append("no company cap");
        } else {
            amount(text.append("no company above "), pool.currency, pool.cap);
        }
        line(text);
        text.append("check=floor|").append(name).append('|');
        if (pool.floor == 0) {
            text.append("no floor");
        } else {
            text.append("every ").append(s.claimUnits ? "claim" : "company").append(" gets 0, its whole limit or at least ");
            amount(text, pool.currency, pool.floor);
            text.append("; none is left out while the leftover").append(s.claimUnits ? " and its company's room under the cap" : "")
                    .append(" could pay its floor");
        }
        line(text);
        line(text.append("check=quota|").append(name).append("|every pool share is floor(quota) or floor(quota) + 1"));
    }

    /** A unit gets 0, its whole limit or at least its floor; it gets 0 only when what is left could not pay its floor. */
    private static void checkFloor(long share, long limit, long unitFloor, long floor, long left, String pool, long id) {
        if (floor == 0) {
            return;
        }
        require(share >= unitFloor || share == 0, "floor", pool, id);
        require(share > 0 || limit == 0 || unitFloor > left, "floor", pool, id);
    }

    /** R12: the shares paid per currency can be paid from the contributions. */
    private static void checkPayable(StringBuilder text, Allocator.Allocation a) {
        long paidUsd = 0;
        long paidKrw = 0;
        for (int g = 0; g < a.paid.length; g++) {
            if (a.in.claims.get(g).country().currency() == CurrencyCode.USD) {
                paidUsd += a.paid[g];
            } else {
                paidKrw += a.paid[g];
            }
        }
        long us = a.in.usPool.minorUnits();
        long kr = a.in.krPool.minorUnits();
        boolean perCountry = a.in.mode == PoolMode.PER_COUNTRY;
        boolean payable = paidUsd <= us && paidKrw <= kr;
        if (!perCountry && !payable) {
            // DOWN(x) >= m exactly when x >= m, for a whole m
            payable = paidUsd <= us && a.in.conversion(CurrencyCode.USD).exact(us - paidUsd).compareTo(paidKrw - kr) >= 0
                    || paidKrw <= kr && a.in.conversion(CurrencyCode.KRW).exact(kr - paidKrw).compareTo(paidUsd - us) >= 0;
        }
        require(payable, "payable", "all", 0);
        amount(text.append("check=payable|all|paid "), CurrencyCode.USD, paidUsd);
        amount(text.append(" and "), CurrencyCode.KRW, paidKrw);
        text.append(" out of ").append(a.in.usPool).append(" and ").append(a.in.krPool)
                .append(perCountry ? ", each currency from its own pool" : ", with one conversion at the rate rounded down");
        line(text);
    }

    private static void require(boolean ok, String check, String pool, long id) {
        if (!ok) {
            throw new IllegalStateException("Allocation check " + check + " failed in pool " + pool + " for " + id);
        }
    }

    /** Writes an amount (at least 0) as {@link Money#toString()} does: "USD 12.05", "KRW 1000". */
    static StringBuilder amount(StringBuilder text, CurrencyCode currency, long minor) {
        text.append(currency).append(' ');
        if (currency.minorUnits() == 0) {
            return text.append(minor);
        }
        long scale = 1;
        for (int i = 0; i < currency.minorUnits(); i++) {
            scale *= 10;
        }
        text.append(minor / scale).append('.');
        for (long digit = scale / 10; digit > 1 && minor % scale < digit; digit /= 10) {
            text.append('0');
        }
        return text.append(minor % scale);
    }

    private static String orDash(Object value) {
        return value == null ? "-" : value.toString();
    }

    private static void line(StringBuilder text) {
        text.append('\n');
    }

    /** The SHA-256 (hex) of a text's UTF-8 bytes. */
    static String sha256(String text) {
        return sha256(text, 0, text.length());
    }

    /**
     * The SHA-256 (hex) of the UTF-8 bytes of {@code text[from, to)}, encoded 64K characters at a
     * time (never splitting a surrogate pair) rather than copied whole; an unpaired surrogate
     * becomes '?' as {@code String.getBytes} makes it.
     */
    static String sha256(CharSequence text, int from, int to) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
        int at = from;
        while (at < to) {
            int end = Math.min(to, at + (1 << 16));
            if (end < to && Character.isHighSurrogate(text.charAt(end - 1))) {
                end--;
            }
            digest.update(text.subSequence(at, end).toString().getBytes(StandardCharsets.UTF_8));
            at = end;
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
