package org.usrok.fund.allocation.core;

import java.util.List;

/** The outcome of re-deriving a certificate: ok, or the problems found, the first bad line first. */
public record Verification(boolean ok, List<String> problems) {

    public Verification {
        problems = List.copyOf(problems);
    }
}
