package org.usrok.fund.bench.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** What a result is reported with: cores, the load average and the median of timings. */
public final class Machine {

    private Machine() {
    }

    /** The 1-minute load average from /proc/loadavg, or "?" where there is none. */
    public static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }

    public static String describe() {
        return Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version")
                + ", load average " + loadAverage();
    }

    public static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    public static double millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000.0;
    }
}
