package org.usrok.fund.allocation.verifier;

import org.usrok.fund.allocation.verifier.CertificateInputs.Amount;
import org.usrok.fund.allocation.verifier.CertificateInputs.Claim;
import org.usrok.fund.allocation.verifier.CertificateInputs.Currency;
import org.usrok.fund.allocation.verifier.CertificateInputs.Mode;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static java.math.BigInteger.ZERO;

/**
 * The auditors' independent check of an allocation certificate against docs/allocation.md (rules
 * R1–R12, "The certificate", "The verifier").
 *
 * <p>It shares no code with the allocator ({@code org.usrok.fund.allocation.core}) nor with
 * {@code Money}, {@code CurrencyCode} or {@code ExchangeRate}, and never calls them: it reads the
 * certificate's inputs section ({@link CertificateInputs}), derives from the rules alone what every
 * output line must be ({@link Derivation}) and compares the text with it line by line. So a defect in
 * the allocator, or in a class both would share, cannot verify itself; and nothing stated in the
 * outputs is trusted, not even to guide the computation. The arithmetic is exact ({@link Ratio},
 * {@link BigInteger}); nothing is a double. The work is O(n log n) in the number of claims.
 *
 * <p>Each problem names its line ({@code line N: }, from 1) and the rule that gives the line; the
 * list is capped (see {@link Problems}). Checked in the order of the text: the header (v1 refused),
 * the inputs ("Invalid input"), the digest, the pool and conversion lines (R1–R4, R7), the share
 * lines (R5–R11), the check lines and R12 on the shares as stated, and nothing after {@code [end]}.
 */
public final class CertificateVerifier {

    static final String HEADER = "fund-allocation-certificate-v2";
    static final String HEADER_V1 = "fund-allocation-certificate-v1";
    private static final String[] SHARE_FIELDS = {"claim id", "company id", "country", "approved amount", "pool share",
            "share paid", "quota", "adjustment", "capped flag", "below-floor flag"};

    /** An output line as the rules give it, what it is and the rules that give it. */
    record Expected(String text, String subject, String rules) {}

    private final List<String> lines;
    private final CertificateInputs in;
    private final Problems problems;
    private final Derivation rules;
    private final Map<Currency, BigInteger> statedPaid = new EnumMap<>(Currency.class);
    private boolean statedReadable = true;

    private CertificateVerifier(List<String> lines, CertificateInputs in, Problems problems) {
        this.lines = lines;
        this.in = in;
        this.problems = problems;
        this.rules = new Derivation(in, problems);
    }

    /** Checks the certificate against the rules; see the class comment. */
    public static Verification verify(String certificateText) {
        Problems problems = new Problems();
        List<String> lines = lines(certificateText == null ? "" : certificateText, problems);
        if (checkHeader(lines.get(0), problems)) {
            CertificateInputs in = CertificateInputs.read(lines, problems);
            if (in != null) {
                new CertificateVerifier(lines, in, problems).check();
            }
        }
        return problems.verification();
    }

    /**
     * Only the first check of {@link #verify}: whether the certificate was written under the rules
     * in force, that is, its header names the current version (the rules change only with the
     * version, as v1 gave way to v2). For a certificate that {@link #verify} accepted when it was
     * stored and whose bytes have not changed since (same SHA-256), this gives the same answer as
     * {@link #verify} in O(1): the rest of the check depends on nothing but the text.
     */
    public static Verification verifyHeader(String certificateText) {
        Problems problems = new Problems();
        String text = certificateText == null ? "" : certificateText;
        int end = text.indexOf('\n');
        checkHeader(end < 0 ? text : text.substring(0, end), problems);
        return problems.verification();
    }

    private static boolean checkHeader(String header, Problems problems) {
        if (HEADER_V1.equals(header)) {
            problems.add(1, "this certificate was written under the withdrawn v1 rules (before December 2026), which"
                    + " could pay more than a POOLED pool held and drop claims a floor should pay; it is refused:"
                    + " simulate the allocation again");
            return false;
        }
        if (!HEADER.equals(header)) {
            problems.add(1, "expected the header `" + HEADER + "`, found `" + header + "`");
            return false;
        }
        return true;
    }

    /**
     * The stated shares paid (field 6 of the {@code share=} lines), summed per currency code in minor
     * units; zero shares are left out, so a currency only appears with a share above zero. Null when a
     * share line does not read. It only reads: {@link #verify} says whether the shares are right.
     */
    public static Map<String, Long> paidTotals(String certificateText) {
        if (certificateText == null) {
            return null;
        }
        Map<String, Long> totals = new LinkedHashMap<>();
        for (String line : certificateText.split("\n", -1)) {
            if (!line.startsWith("share=")) {
                continue;
            }
            String[] f = line.split("\\|", -1);
            Amount share = f.length == 10 ? CertificateInputs.amountOrNull(f[5]) : null;
            if (share == null) {
                return null;
            }
            if (share.minor().signum() != 0) {
                try {
                    long minor = share.minor().longValueExact();
                    totals.merge(share.currency().name(), minor, Math::addExact);
                } catch (ArithmeticException e) {
                    return null;
                }
            }
        }
        return Map.copyOf(totals);
    }

    private static List<String> lines(String text, Problems problems) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        if (lines.size() > 1 && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        } else if (!text.isEmpty()) {
            problems.add(lines.size(), "the last line does not end with LF");
        }
        return lines;
    }

    /** Every output line against what the rules give, in the order of the certificate. */
    private void check() {
        int outputs = in.outputsIndex();
        if (!rules.derive()) {
            return;
        }
        int shares = skip(outputs + 1, l -> !l.startsWith("share=") && !l.equals("[checks]") && !l.equals("[end]"));
        List<Expected> head = new ArrayList<>();
        head.add(new Expected("inputs-digest=" + inputsDigest(outputs), "inputs-digest",
                "the SHA-256 of lines 2-" + outputs + ", the inputs section: the inputs or the digest were changed"));
        head.addAll(rules.poolAndConversionLines());
        compareLines(outputs + 1, shares, head);
        int checks = skip(shares, l -> l.startsWith("share="));
        compareShares(shares, checks);
        int from = checks;
        if (checks < lines.size() && lines.get(checks).equals("[checks]")) {
            from++;
        } else {
            problems.add(Math.min(checks + 1, lines.size()), "expected the line `[checks]` after the share lines, found `"
                    + (checks < lines.size() ? lines.get(checks) : "") + "`");
            from += checks < lines.size() && !lines.get(checks).startsWith("check=") ? 1 : 0;
        }
        int end = skip(from, l -> !l.equals("[end]"));
        compareLines(from, end, rules.checkLines());
        payableAsStated(from, end);
        if (end == lines.size()) {
            problems.add(lines.size(), "the certificate does not end with the line `[end]`");
        } else if (end + 1 < lines.size()) {
            problems.add(end + 2, "nothing may follow `[end]`, found `" + lines.get(end + 1) + "`");
        }
    }

    /** The index of the first line from {@code from} on that does not match, or lines.size(). */
    private int skip(int from, Predicate<String> match) {
        int i = from;
        while (i < lines.size() && match.test(lines.get(i))) {
            i++;
        }
        return i;
    }

    private String inputsDigest(int outputs) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (int i = 1; i < outputs; i++) {
                sha.update((lines.get(i) + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    // ---------------------------------------------------------------- comparing

    /** Compares lines [from, to) with the expected ones in order; a missing or an extra line is reported once and skipped. */
    private void compareLines(int from, int to, List<Expected> expected) {
        int i = from;
        int j = 0;
        while (i < to || j < expected.size()) {
            if (i < to && j < expected.size() && lines.get(i).equals(expected.get(j).text())) {
                i++;
                j++;
            } else if (i >= to || j + 1 < expected.size() && lines.get(i).equals(expected.get(j + 1).text())) {
                problems.add(Math.min(i + 1, lines.size()), "a line is missing before this one: the rules give `"
                        + expected.get(j).text() + "` (" + expected.get(j).rules() + ")");
                j++;
            } else if (j >= expected.size() || i + 1 < to && lines.get(i + 1).equals(expected.get(j).text())) {
                problems.add(i + 1, "a line the rules do not give: `" + lines.get(i) + "`");
                i++;
            } else {
                problems.add(i + 1, differs(lines.get(i), expected.get(j)));
                i++;
                j++;
            }
        }
    }

    private static String differs(String stated, Expected e) {
        String[] s = stated.split("\\|", -1);
        String[] x = e.text().split("\\|", -1);
        for (int f = 0; f < Math.min(s.length, x.length); f++) {
            if (!s[f].equals(x[f])) {
                return e.subject() + " states `" + s[f] + "` where the rules give `" + x[f] + "` (" + e.rules() + ")";
            }
        }
        return e.subject() + " `" + stated + "` is not what the rules give, `" + e.text() + "` (" + e.rules() + ")";
    }

    /** The share lines, matched to the claims by id, in ascending id: each must state what R7-R11 give. */
    private void compareShares(int from, int to) {
        List<Claim> claims = in.claims();
        int j = 0;
        for (int i = from; i < to; i++) {
            String[] f = lines.get(i).split("\\|", -1);
            Long id = f[0].startsWith("share=") ? idOrNull(f[0].substring(6)) : null;
            if (id == null) {
                problems.add(i + 1, "expected a share line `share=claimId|...`, found `" + lines.get(i) + "`");
                statedReadable = false;
                continue;
            }
            for (; j < claims.size() && claims.get(j).id() < id; j++) {
                problems.add(i + 1, "the share line of claim " + claims.get(j).id() + " is missing before this line");
            }
            if (j < claims.size() && claims.get(j).id() == id) {
                compareShare(i + 1, f, j++);
            } else {
                problems.add(i + 1, "a share line of claim " + id + " here is a duplicate, out of order, or of no claim in the inputs");
            }
        }
        for (; j < claims.size(); j++) {
            problems.add(Math.min(to + 1, lines.size()), "the share line of claim " + claims.get(j).id() + " is missing before this line");
        }
    }

    private void compareShare(int line, String[] f, int c) {
        Claim claim = in.claims().get(c);
        Amount stated = f.length == 10 ? CertificateInputs.amountOrNull(f[5]) : null;
        if (stated == null) {
            statedReadable = false;
        } else {
            statedPaid.merge(stated.currency(), stated.minor(), BigInteger::add);
        }
        if (f.length != 10) {
            problems.add(line, "claim " + claim.id() + "'s share line does not read: expected 10 fields, claimId|companyId|"
                    + "country|approved|pool share|share|quota|adjustment|capped or -|below-floor or -");
            return;
        }
        String[] x = rules.shareLine(c).split("\\|", -1);
        List<String> wrong = new ArrayList<>();
        int first = -1;
        for (int k = 0; k < 10; k++) {
            if (!f[k].equals(x[k])) {
                first = first < 0 ? k : first;
                wrong.add(SHARE_FIELDS[k]);
            }
        }
        if (first >= 0) {
            problems.add(line, "claim " + claim.id() + "'s " + SHARE_FIELDS[first] + " " + f[first] + " is not what the rules give ("
                    + x[first] + "): " + rules.why(first, c) + (wrong.size() > 1 ? "; also wrong: " + String.join(", ", wrong.subList(1, wrong.size())) : ""));
        }
    }

    /** R12 on the shares as stated, reported at the check=payable line. */
    private void payableAsStated(int from, int end) {
        BigInteger usd = statedPaid.getOrDefault(Currency.USD, ZERO);
        BigInteger krw = statedPaid.getOrDefault(Currency.KRW, ZERO);
        if (!statedReadable || rules.payable(usd, krw)) {
            return;
        }
        int at = skip(from, l -> !l.startsWith("check=payable|"));
        problems.add(Math.min(Math.min(at, end) + 1, lines.size()), "the shares as stated pay " + Amount.format(Currency.USD, usd)
                + " and " + Amount.format(Currency.KRW, krw) + ", which " + in.usPool() + " and " + in.krPool() + " cannot pay (R12"
                + (in.mode() == Mode.PER_COUNTRY ? ", each currency from its own pool)" : ", with one conversion at the rate rounded down)"));
    }

    private static Long idOrNull(String text) {
        try {
            long id = Long.parseLong(text);
            return Long.toString(id).equals(text) ? id : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

}
