package org.usrok.fund.allocation.verifier;

import java.util.List;
import java.util.Objects;

/**
 * The verifier's answer: {@code ok} when the certificate is what the rules give for its inputs, else
 * the problems, each a readable sentence starting with {@code line N: } (N counted from 1).
 */
public record Verification(boolean ok, List<String> problems) {

    public Verification {
        problems = List.copyOf(Objects.requireNonNull(problems, "problems"));
        if (ok != problems.isEmpty()) {
            throw new IllegalArgumentException("ok must be true exactly when there is no problem");
        }
    }
}
