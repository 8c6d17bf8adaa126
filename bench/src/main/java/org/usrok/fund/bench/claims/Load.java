package org.usrok.fund.bench.claims;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Closed-loop load: {@code workers} threads each run one operation after another, as fast as
 * the system answers, for a warm-up and then a measured period. Only operations that start and
 * end inside the measured period count; their latencies give p50 and p99.
 */
final class Load {

    /** One operation of one worker; false is an error (a wrong status, an exception). */
    @FunctionalInterface
    interface Operation {
        boolean run(int worker, long sequence);
    }

    /** A run's figures. */
    record Result(String name, int workers, long operations, long errors, double seconds, double perSecond,
                  double p50Millis, double p99Millis) {

        String row() {
            return String.format("| %-44s | %3d | %8d | %6d | %8.1f | %7.1f | %7.1f |", name, workers, operations,
                    errors, perSecond, p50Millis, p99Millis);
        }

        static String header() {
            return "| run                                          | conn |   claims | errors | claims/s | p50 ms  | p99 ms  |\n"
                    + "|----------------------------------------------|-----|----------|--------|----------|---------|---------|";
        }
    }

    private Load() {
    }

    static Result run(String name, int workers, int warmupSeconds, int measureSeconds, Operation operation) {
        long start = System.nanoTime();
        long measureFrom = start + warmupSeconds * 1_000_000_000L;
        long measureTo = measureFrom + measureSeconds * 1_000_000_000L;
        AtomicLong sequence = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        List<long[]> latencies = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            int worker = w;
            long[][] mine = {new long[1024]};
            int[] count = {0};
            Thread t = new Thread(() -> {
                while (true) {
                    long began = System.nanoTime();
                    if (began >= measureTo) {
                        break;
                    }
                    boolean ok = operation.run(worker, sequence.getAndIncrement());
                    long ended = System.nanoTime();
                    if (began >= measureFrom && ended <= measureTo) {
                        if (!ok) {
                            errors.incrementAndGet();
                        }
                        if (count[0] == mine[0].length) {
                            mine[0] = Arrays.copyOf(mine[0], mine[0].length * 2);
                        }
                        mine[0][count[0]++] = ended - began;
                    } else if (!ok) {
                        errors.incrementAndGet();
                    }
                }
                synchronized (latencies) {
                    latencies.add(Arrays.copyOf(mine[0], count[0]));
                }
            }, "load-" + name + "-" + w);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        double seconds = measureSeconds;
        return new Result(name, workers, all.length, errors.get(), seconds, all.length / seconds,
                percentile(all, 0.50), percentile(all, 0.99));
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1_000_000.0;
    }
}
