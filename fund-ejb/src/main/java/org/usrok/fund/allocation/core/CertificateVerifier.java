package org.usrok.fund.allocation.core;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.ExchangeRate;
import org.usrok.fund.shared.Money;

/**
 * Re-derives a certificate offline: parses its inputs section, checks the inputs digest, runs the
 * {@link Allocator} again and compares every output and check line with the text. An auditor needs
 * nothing but the text to know whether an allocation is what its inputs give.
 */
public final class CertificateVerifier {

    private CertificateVerifier() {
    }

    public static Verification verify(String certificateText) {
        List<String> problems = new ArrayList<>();
        if (certificateText == null || certificateText.isEmpty()) {
            return new Verification(false, List.of("The certificate is empty"));
        }
        String[] lines = certificateText.split("\n", -1);
        AllocationRequest request;
        try {
            request = parse(lines);
        } catch (BadLine e) {
            return new Verification(false, List.of("line " + e.line + ": " + e.getMessage()));
        }
        int inputsEnd = indexOf(lines, Certificate.OUTPUTS);
        String inputs = String.join("\n", java.util.Arrays.copyOfRange(lines, 1, inputsEnd)) + "\n";
        String digestLine = inputsEnd + 1 < lines.length ? lines[inputsEnd + 1] : "";
        if (!digestLine.equals("inputs-digest=" + Certificate.sha256(inputs))) {
            problems.add("line " + (inputsEnd + 2) + ": the inputs digest does not match the inputs section"
                    + " (an input line was changed)");
        }
        AllocationResult again;
        try {
            again = Allocator.allocate(request);
        } catch (IllegalArgumentException e) {
            problems.add(0, "the inputs are refused: " + e.getMessage());
            return new Verification(false, problems);
        }
        String[] expected = again.certificate().text().split("\n", -1);
        int n = Math.min(expected.length, lines.length);
        for (int i = inputsEnd + 2; i < n; i++) {
            if (!expected[i].equals(lines[i])) {
                problems.add("line " + (i + 1) + ": expected '" + expected[i] + "' but found '" + lines[i] + "'");
                break;
            }
        }
        if (problems.isEmpty() && expected.length != lines.length) {
            problems.add("line " + (n + 1) + ": the certificate has " + lines.length + " lines, the inputs give "
                    + expected.length);
        }
        return new Verification(problems.isEmpty(), problems);
    }

    /**
     * Per payment currency, the sum in minor units of the shares the certificate's {@code share=}
     * lines state (zero shares left out), or null when a share line does not read. This reads the
     * text as written; {@link #verify} says whether the inputs give those shares.
     */
    public static Map<CurrencyCode, Long> paidTotals(String certificateText) {
        Map<CurrencyCode, Long> totals = new EnumMap<>(CurrencyCode.class);
        for (String line : certificateText.split("\n")) {
            if (!line.startsWith("share=")) {
                continue;
            }
            String[] fields = line.substring("share=".length()).split("\\|", -1);
            String[] money = fields.length > 5 ? fields[5].split(" ", -1) : new String[0];
            try {
                Money share = Money.of(money[1], CurrencyCode.valueOf(money[0]));
                if (share.minorUnits() > 0) {
                    totals.merge(share.currency(), share.minorUnits(), Long::sum);
                }
            } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
                return null;
            }
        }
        return totals;
    }

    private static final class BadLine extends Exception {
        final int line;

        BadLine(int line, String message) {
            super(message);
            this.line = line;
        }
    }

    private static int indexOf(String[] lines, String line) {
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].equals(line)) {
                return i;
            }
        }
        return -1;
    }

    private static AllocationRequest parse(String[] lines) throws BadLine {
        Cursor c = new Cursor(lines);
        c.expect(Certificate.HEADER);
        c.expect(Certificate.INPUTS);
        try {
            PoolMode mode = PoolMode.valueOf(c.value("mode"));
            AllocationMethod method = AllocationMethod.valueOf(c.value("method"));
            String basis = c.value("even-basis");
            Money cap = money(c.value("company-cap"));
            String percent = c.value("cap-percent-of-pool");
            Money floor = money(c.value("floor"));
            String currency = c.value("pool-currency");
            String rateText = c.value("rate");
            NamedRate rate = null;
            if (!rateText.equals("-")) {
                String[] parts = rateText.split("\\|", 3);
                String[] pair = parts[0].split("/");
                rate = new NamedRate(parts[2], new ExchangeRate(CurrencyCode.valueOf(pair[0]), CurrencyCode.valueOf(pair[1]),
                        new BigDecimal(parts[1])));
            }
            Money us = money(c.value("us-pool"));
            Money kr = money(c.value("kr-pool"));
            int count = Integer.parseInt(c.value("claims"));
            List<ClaimEntitlement> claims = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                String[] f = c.value("claim").split("\\|");
                if (f.length != 4) {
                    throw new IllegalArgumentException("a claim line has 4 fields");
                }
                claims.add(new ClaimEntitlement(Long.parseLong(f[0]), Long.parseLong(f[1]), CountryCode.valueOf(f[2]),
                        money(f[3])));
            }
            c.expect(Certificate.OUTPUTS);
            AllocationRules rules = new AllocationRules(method, basis.equals("-") ? null : EvenBasis.valueOf(basis), cap,
                    percent.equals("-") ? null : new BigDecimal(percent), floor);
            return new AllocationRequest(mode, us, kr, currency.equals("-") ? null : CurrencyCode.valueOf(currency), rate,
                    rules, claims);
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            throw new BadLine(c.at, "cannot read '" + c.current() + "': " + e.getMessage());
        }
    }

    private static Money money(String text) {
        if (text.equals("-")) {
            return null;
        }
        String[] parts = text.split(" ");
        if (parts.length != 2) {
            throw new IllegalArgumentException("an amount is written as CURRENCY AMOUNT");
        }
        return Money.of(parts[1], CurrencyCode.valueOf(parts[0]));
    }

    private static final class Cursor {
        final String[] lines;
        int at;

        Cursor(String[] lines) {
            this.lines = lines;
        }

        String current() {
            return at >= 1 && at <= lines.length ? lines[at - 1] : "";
        }

        void expect(String line) throws BadLine {
            at++;
            if (at > lines.length || !lines[at - 1].equals(line)) {
                throw new BadLine(at, "expected '" + line + "'");
            }
        }

        String value(String key) {
            at++;
            String line = current();
            if (!line.startsWith(key + "=")) {
                throw new IllegalArgumentException("expected a '" + key + "=' line");
            }
            return line.substring(key.length() + 1);
        }
    }
}
