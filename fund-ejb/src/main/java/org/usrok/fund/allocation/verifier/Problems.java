package org.usrok.fund.allocation.verifier;

import java.util.ArrayList;
import java.util.List;

/** The problems a verification found, each at its line; at most 20 listed (the last then says how many more). */
final class Problems {
    private static final int MAX = 20;
    private final List<String> list = new ArrayList<>();
    private int total;

    void add(int line, String message) {
        if (++total <= MAX) {
            list.add("line " + line + ": " + message);
        }
    }

    Verification verification() {
        List<String> out = new ArrayList<>(list);
        if (total > MAX) {
            out.set(MAX - 1, "... and " + (total - MAX + 1) + " more problems not listed");
        }
        return new Verification(out.isEmpty(), out);
    }
}
