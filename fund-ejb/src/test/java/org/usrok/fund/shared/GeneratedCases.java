package org.usrok.fund.shared;

import java.io.IOException;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * Property tests in plain JUnit 5: a property is checked over generated cases, each drawn from
 * its own seeded {@link Random}, so every run is reproducible and a failure names the one case
 * that failed.
 *
 * <pre>{@code
 * @Test
 * void reversalsNetToZero() {
 *     GeneratedCases.check("a reversal nets to zero", GeneratedCases.tries(), 0x5EED_0001L,
 *             LedgerCases::balancedLines,           // Random -> input
 *             lines -> assertThat(...));             // the property, throws on failure
 * }
 * }</pre>
 *
 * <p>Case {@code i} (0-based) uses the seed {@code baseSeed + i}. A failure is rethrown as an
 * {@link AssertionError} naming the property, the case and its seed and the input's
 * {@code toString()} (there is no shrinking, so inputs should describe themselves readably),
 * with the original failure as its cause. To re-run only the failing case, call {@code check}
 * with {@code cases = 1} and {@code baseSeed} = the reported seed.
 *
 * <p>The number of cases comes from the system property {@value #TRIES_PROPERTY} (default
 * {@value #DEFAULT_TRIES}; surefire passes it, and the {@code postgres} profile of
 * {@code fund-ejb} sets 10,000). A property that needs more than that asks for
 * {@link #tries(int) tries(atLeast)}.
 *
 * <p>{@link #longBetween}, {@link #intBetween} and {@link #oneOf} draw values the way the
 * property-testing libraries do: besides uniform values they often return the range's edges
 * (min, max, 0, 1, -1 and their neighbours) and values of every magnitude, which a uniform draw
 * over a wide range almost never gives.
 */
public final class GeneratedCases {

    /** The system property with the number of cases per property. */
    public static final String TRIES_PROPERTY = "fund.property.tries";
    /** The number of cases per property when {@value #TRIES_PROPERTY} is not set. */
    public static final int DEFAULT_TRIES = 1000;

    /** A property over the case's {@link Random}: draws its input, checks it, throws on failure. */
    @FunctionalInterface
    public interface Body {
        void run(Random random) throws IOException;
    }

    /** A property of one generated input: throws (an assertion, usually) when it does not hold. */
    @FunctionalInterface
    public interface Property<T> {
        void check(T input) throws IOException;
    }

    private GeneratedCases() {
    }

    /** The number of cases per property: {@value #TRIES_PROPERTY}, or {@value #DEFAULT_TRIES}. */
    public static int tries() {
        String value = System.getProperty(TRIES_PROPERTY, "").trim();
        if (value.isEmpty() || value.startsWith("${")) {
            return DEFAULT_TRIES;
        }
        int tries = Integer.parseInt(value);
        if (tries < 1) {
            throw new IllegalArgumentException(TRIES_PROPERTY + " must be at least 1: " + value);
        }
        return tries;
    }

    /** {@link #tries()}, but at least {@code atLeast}: for a property that always ran more cases. */
    public static int tries(int atLeast) {
        return Math.max(atLeast, tries());
    }

    /**
     * Runs {@code body} for {@code cases} cases, case {@code i} with a {@link Random} seeded from
     * {@code baseSeed + i}. The body draws its own input and should describe it in its assertion
     * messages; prefer {@link #check(String, int, long, Function, Property)}, which does that.
     *
     * @throws AssertionError naming {@code what}, the failing case and its seed, caused by the
     *         body's failure
     */
    public static void check(String what, int cases, long baseSeed, Body body) {
        check(what, cases, baseSeed, random -> random, (Random random) -> body.run(random), random -> null);
    }

    /**
     * Checks {@code property} for {@code cases} inputs, case {@code i}'s drawn by
     * {@code generator} from a {@link Random} seeded from {@code baseSeed + i}.
     *
     * @throws AssertionError naming {@code what}, the failing case, its seed and the input's
     *         {@code toString()}, caused by the property's failure
     */
    public static <T> void check(String what, int cases, long baseSeed, Function<Random, ? extends T> generator,
                                 Property<? super T> property) {
        check(what, cases, baseSeed, generator, property, String::valueOf);
    }

    private static <T> void check(String what, int cases, long baseSeed, Function<Random, ? extends T> generator,
                                  Property<? super T> property, Function<? super T, String> describe) {
        for (int i = 0; i < cases; i++) {
            long seed = baseSeed + i;
            T input = null;
            try {
                input = generator.apply(random(seed));
                property.check(input);
            } catch (Throwable e) {
                String description = input == null ? null : describe.apply(input);
                throw new AssertionError(what + ": case " + (i + 1) + " of " + cases + " failed, seed " + seed
                        + " (base " + baseSeed + " + " + i + ")"
                        + (description == null ? "" : "\ninput: " + description)
                        + "\nfailure: " + e, e);
            }
        }
    }

    /**
     * The case's {@link Random}. The seed is mixed first (SplitMix64's finaliser): Randoms seeded
     * with consecutive numbers otherwise draw almost the same first values.
     */
    public static Random random(long seed) {
        long z = seed + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return new Random(z ^ (z >>> 31));
    }

    /**
     * A long in {@code [min, max]}: one time in eight an edge (min, min + 1, max - 1, max, 0, 1
     * or -1, those in range), otherwise half the time uniform and half the time of a random
     * magnitude (a random number of bits) above or below the value nearest 0.
     */
    public static long longBetween(Random random, long min, long max) {
        if (min > max) {
            throw new IllegalArgumentException("empty range [" + min + ", " + max + "]");
        }
        int kind = random.nextInt(16);
        if (kind < 2) {
            long[] edges = {min, max, min + 1, max - 1, 0, 1, -1}; // min + 1 and max - 1 may wrap: out of range
            long edge;
            do {
                edge = edges[random.nextInt(edges.length)];
            } while (edge < min || edge > max);
            return edge;
        }
        if (kind < 9) {
            return uniform(random, min, max);
        }
        long target = min > 0 ? min : Math.min(max, 0);
        boolean up = target == min || (target != max && random.nextBoolean());
        long room = up ? max - target : target - min; // unsigned: up to 2^64 - 1
        int bits = random.nextInt(65);
        long magnitude = bits == 0 ? 0 : random.nextLong() >>> (64 - bits);
        if (Long.compareUnsigned(magnitude, room) > 0) {
            magnitude = Long.remainderUnsigned(magnitude, room + 1); // room < magnitude, so room + 1 is not 0
        }
        return up ? target + magnitude : target - magnitude;
    }

    /** An int in {@code [min, max]}, drawn like {@link #longBetween}. */
    public static int intBetween(Random random, int min, int max) {
        return (int) longBetween(random, min, max);
    }

    /** One of {@code values}, uniformly. */
    public static <T> T oneOf(Random random, List<? extends T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** One of {@code values}, uniformly. */
    @SafeVarargs
    public static <T> T oneOf(Random random, T... values) {
        return values[random.nextInt(values.length)];
    }

    private static long uniform(Random random, long min, long max) {
        if (max < Long.MAX_VALUE) {
            return random.nextLong(min, max + 1);
        }
        if (min > Long.MIN_VALUE) {
            return random.nextLong(min - 1, max) + 1;
        }
        return random.nextLong();
    }
}
