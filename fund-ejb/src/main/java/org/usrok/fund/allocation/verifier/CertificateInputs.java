package org.usrok.fund.allocation.verifier;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The inputs section of a certificate (docs/allocation.md, "The certificate"), read line by line and
 * checked against "Invalid input": the verifier refuses what the allocator must refuse. A problem is
 * reported at its line; {@link #read} gives null when any input line is unreadable or refused.
 */
record CertificateInputs(Mode mode, Method method, Basis basis, Amount cap, BigDecimal percent, Amount floor,
                         Currency poolCurrency, Rate rate, Amount usPool, Amount krPool, List<Claim> claims,
                         int outputsIndex) {

    enum Mode { PER_COUNTRY, POOLED, CONTRIBUTION_SHARE }

    enum Method { PROPORTIONAL, EVEN }

    enum Basis { CLAIM, COMPANY }

    /** R1: a currency and its minor unit (m(USD) = 2, m(KRW) = 0). */
    enum Currency {
        USD(2), KRW(0);

        final int decimals;
        final BigInteger unit;

        Currency(int decimals) {
            this.decimals = decimals;
            this.unit = BigInteger.TEN.pow(decimals);
        }

        Currency other() {
            return this == USD ? KRW : USD;
        }

        static Currency ofCountry(String country) {
            return "US".equals(country) ? USD : KRW;
        }
    }

    /** An amount in minor units, written like {@code Money.toString()}: {@code USD 1234.50}, {@code KRW 1385200}. */
    record Amount(Currency currency, BigInteger minor) {
        @Override
        public String toString() {
            return format(currency, minor);
        }

        static String format(Currency currency, BigInteger minor) {
            return currency + " " + new BigDecimal(minor, currency.decimals).toPlainString();
        }
    }

    /** {@code BASE/QUOTE r}: one BASE buys r QUOTE (R1); every conversion cites the name. */
    record Rate(Currency base, Currency quote, BigDecimal value, String name) {}

    record Claim(long id, long company, String country, Amount approved, int line) {
        Currency currency() {
            return approved.currency();
        }
    }

    /** The most an allocation takes: 10^15 minor units per amount. */
    static final BigInteger MAX_MINOR = BigInteger.TEN.pow(15);
    static final List<String> KEYS = List.of("mode", "method", "even-basis", "company-cap", "cap-percent-of-pool",
            "floor", "pool-currency", "rate", "us-pool", "kr-pool", "claims");
    /** 1-based line numbers of the inputs, in the order of {@link #KEYS}. */
    static final int BASIS_LINE = 5;
    static final int CAP_LINE = 6;
    static final int FLOOR_LINE = 8;
    static final int US_POOL_LINE = 11;
    static final int KR_POOL_LINE = 12;
    static final int CLAIMS_LINE = 13;

    /** A value that does not read; its message says what was expected. */
    private static final class Unreadable extends RuntimeException {
        Unreadable(String message) {
            super(message, null, false, false);
        }
    }

    /** An amount as a certificate writes it, or null when it does not read. */
    static Amount amountOrNull(String text) {
        try {
            return Reader.amount(text);
        } catch (Unreadable e) {
            return null;
        }
    }

    static CertificateInputs read(List<String> lines, Problems problems) {
        return new Reader(lines, problems).read();
    }

    private static final class Reader {
        private final List<String> lines;
        private final Problems problems;
        private int errors;

        Reader(List<String> lines, Problems problems) {
            this.lines = lines;
            this.problems = problems;
        }

        private void refuse(int line, String message) {
            errors++;
            problems.add(line, message);
        }

        CertificateInputs read() {
            if (lines.size() < 2 || !"[inputs]".equals(lines.get(1))) {
                refuse(2, "expected `[inputs]`");
                return null;
            }
            int outputs = lines.indexOf("[outputs]");
            if (outputs < 0 || outputs < CLAIMS_LINE) {
                refuse(Math.min(lines.size(), CLAIMS_LINE), "the inputs section (" + String.join(", ", KEYS)
                        + ", then the claims) must end with a line `[outputs]`");
                return null;
            }
            for (int k = 0; k < KEYS.size(); k++) {
                if (!lines.get(k + 2).startsWith(KEYS.get(k) + "=")) {
                    refuse(k + 3, "expected `" + KEYS.get(k) + "=`, found `" + lines.get(k + 2) + "`");
                    return null;
                }
            }
            Mode mode = value(3, v -> Mode.valueOf(v));
            Method method = value(4, v -> Method.valueOf(v));
            Basis basis = value(BASIS_LINE, v -> dash(v) ? null : Basis.valueOf(v));
            Amount cap = value(CAP_LINE, v -> dash(v) ? null : amount(v));
            BigDecimal percent = value(7, v -> dash(v) ? null : decimal(v));
            Amount floor = value(FLOOR_LINE, v -> dash(v) ? null : amount(v));
            Currency poolCurrency = value(9, v -> dash(v) ? null : currency(v));
            Rate rate = value(10, v -> dash(v) ? null : rate(v));
            Amount usPool = value(US_POOL_LINE, Reader::amount);
            Amount krPool = value(KR_POOL_LINE, Reader::amount);
            Integer count = value(CLAIMS_LINE, Reader::count);
            List<Claim> claims = claims(outputs);
            if (errors > 0) {
                return null;
            }
            refusals(mode, method, basis, cap, percent, floor, poolCurrency, rate, usPool, krPool);
            if (count != claims.size()) {
                refuse(CLAIMS_LINE, "claims=" + count + " but the inputs list " + claims.size() + " claims");
            }
            return errors > 0 ? null : new CertificateInputs(mode, method, basis, cap, percent, floor, poolCurrency,
                    rate, usPool, krPool, List.copyOf(claims), outputs);
        }

        /** "Invalid input": the values that read but that the rules refuse. */
        private void refusals(Mode mode, Method method, Basis basis, Amount cap, BigDecimal percent, Amount floor,
                              Currency poolCurrency, Rate rate, Amount usPool, Amount krPool) {
            if (method == Method.EVEN && basis == null) {
                refuse(BASIS_LINE, "EVEN without a basis (CLAIM or COMPANY) is refused");
            } else if (method == Method.PROPORTIONAL && basis != null) {
                refuse(BASIS_LINE, "even-basis must be `-` for PROPORTIONAL");
            }
            if (cap != null && cap.minor().signum() <= 0) {
                refuse(CAP_LINE, "a company cap that is not positive (" + cap + ") is refused");
            }
            within(CAP_LINE, cap);
            if (percent != null && (percent.signum() <= 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0)) {
                refuse(7, "a cap percent outside (0, 100] (" + percent.toPlainString() + ") is refused");
            }
            if (floor != null && floor.minor().signum() < 0) {
                refuse(FLOOR_LINE, "a negative floor (" + floor + ") is refused");
            }
            within(FLOOR_LINE, floor);
            if (mode == Mode.PER_COUNTRY ? poolCurrency != null : poolCurrency == null) {
                refuse(9, mode == Mode.PER_COUNTRY ? "pool-currency must be `-` for PER_COUNTRY"
                        : mode + " without a pool currency is refused");
            }
            if (mode != Mode.PER_COUNTRY && rate == null) {
                refuse(10, mode + " without a named rate is refused");
            }
            pool(US_POOL_LINE, usPool, Currency.USD);
            pool(KR_POOL_LINE, krPool, Currency.KRW);
        }

        private void pool(int line, Amount pool, Currency currency) {
            if (pool.currency() != currency) {
                refuse(line, "a pool in the wrong currency (" + pool + ", expected " + currency + ") is refused");
            } else if (pool.minor().signum() < 0) {
                refuse(line, "a negative pool (" + pool + ") is refused");
            }
            within(line, pool);
        }

        private void within(int line, Amount amount) {
            if (amount != null && amount.minor().compareTo(MAX_MINOR) > 0) {
                refuse(line, amount + " is above the most an allocation takes ("
                        + Amount.format(amount.currency(), MAX_MINOR) + ")");
            }
        }

        /** The claim lines: ascending ids, no duplicate, the right currency, no company in both countries. */
        private List<Claim> claims(int outputs) {
            List<Claim> claims = new ArrayList<>();
            Map<Long, Claim> firstOfCompany = new HashMap<>();
            for (int i = CLAIMS_LINE; i < outputs; i++) {
                int line = i + 1;
                Claim claim = value(line, "claim", Reader::claim);
                if (claim == null) {
                    continue;
                }
                Claim previous = claims.isEmpty() ? null : claims.get(claims.size() - 1);
                if (previous != null && previous.id() == claim.id()) {
                    refuse(line, "duplicate claim id " + claim.id() + " (also on line " + previous.line() + ")");
                } else if (previous != null && previous.id() > claim.id()) {
                    refuse(line, "claim " + claim.id() + " comes after claim " + previous.id()
                            + ": the claims must be in ascending id");
                }
                if (claim.currency() != Currency.ofCountry(claim.country())) {
                    refuse(line, "claim " + claim.id() + " of country " + claim.country() + " has an amount in "
                            + claim.currency() + ", the wrong currency: refused");
                } else if (claim.approved().minor().signum() < 0) {
                    refuse(line, "claim " + claim.id() + " has a negative amount (" + claim.approved() + "): refused");
                }
                within(line, claim.approved());
                Claim first = firstOfCompany.putIfAbsent(claim.company(), claim);
                if (first != null && !first.country().equals(claim.country())) {
                    refuse(line, "company " + claim.company() + " has claims in both countries (claim " + first.id()
                            + " on line " + first.line() + " is " + first.country() + "): refused");
                }
                claims.add(new Claim(claim.id(), claim.company(), claim.country(), claim.approved(), line));
            }
            return claims;
        }

        private <T> T value(int line, Function<String, T> parse) {
            return value(line, KEYS.get(line - 3), parse);
        }

        private <T> T value(int line, String key, Function<String, T> parse) {
            String text = lines.get(line - 1);
            if (!text.startsWith(key + "=")) {
                refuse(line, "expected `" + key + "=`, found `" + text + "`");
                return null;
            }
            try {
                return parse.apply(text.substring(key.length() + 1));
            } catch (Unreadable e) {
                refuse(line, "`" + text + "` does not read: " + e.getMessage());
            } catch (IllegalArgumentException e) {
                refuse(line, "`" + text + "` does not read: not one of the allowed values");
            }
            return null;
        }

        private static boolean dash(String v) {
            return "-".equals(v);
        }

        private static Currency currency(String code) {
            return switch (code) {
                case "USD" -> Currency.USD;
                case "KRW" -> Currency.KRW;
                default -> throw new Unreadable("`" + code + "` is not USD or KRW");
            };
        }

        static Amount amount(String text) {
            int space = text.indexOf(' ');
            if (space < 0) {
                throw new Unreadable("`" + text + "` is not an amount like `USD 1234.50` or `KRW 1385200`");
            }
            Currency currency = currency(text.substring(0, space));
            BigDecimal value = decimal(text.substring(space + 1));
            if (value.scale() != currency.decimals) {
                throw new Unreadable("`" + text + "` must have exactly " + currency.decimals + " decimals");
            }
            return new Amount(currency, value.unscaledValue());
        }

        /** A decimal as {@code BigDecimal.toPlainString} writes it. */
        private static BigDecimal decimal(String text) {
            BigDecimal value;
            try {
                value = new BigDecimal(text);
            } catch (NumberFormatException e) {
                throw new Unreadable("`" + text + "` is not a decimal number");
            }
            if (!value.toPlainString().equals(text)) {
                throw new Unreadable("`" + text + "` is not written as a plain decimal");
            }
            return value;
        }

        private static long id(String text) {
            try {
                long id = Long.parseLong(text);
                if (Long.toString(id).equals(text)) {
                    return id;
                }
            } catch (NumberFormatException e) {
                throw new Unreadable("`" + text + "` is not an id");
            }
            throw new Unreadable("`" + text + "` is not an id written plainly");
        }

        private static Integer count(String text) {
            long count = id(text);
            if (count < 0 || count > Integer.MAX_VALUE) {
                throw new Unreadable("`" + text + "` is not a count");
            }
            return (int) count;
        }

        private static Rate rate(String text) {
            String[] f = text.split("\\|", 3);
            String[] pair = f[0].split("/", -1);
            if (f.length != 3 || pair.length != 2) {
                throw new Unreadable("expected `BASE/QUOTE|rate|name`");
            }
            Currency base = currency(pair[0]);
            Currency quote = currency(pair[1]);
            BigDecimal value = decimal(f[1]);
            if (base == quote || value.signum() <= 0) {
                throw new Unreadable("a rate is between USD and KRW and positive");
            }
            if (f[2].isBlank()) {
                throw new Unreadable("a rate without a name is refused");
            }
            return new Rate(base, quote, value, f[2]);
        }

        private static Claim claim(String text) {
            String[] f = text.split("\\|", -1);
            if (f.length != 4) {
                throw new Unreadable("expected `claimId|companyId|country|approved`");
            }
            if (!"US".equals(f[2]) && !"KR".equals(f[2])) {
                throw new Unreadable("the country is US or KR");
            }
            return new Claim(id(f[0]), id(f[1]), f[2], amount(f[3]), 0);
        }
    }
}
