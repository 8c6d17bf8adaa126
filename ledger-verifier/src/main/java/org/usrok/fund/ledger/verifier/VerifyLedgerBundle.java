package org.usrok.fund.ledger.verifier;

import org.usrok.fund.ledger.bundle.BundleAnchors;
import org.usrok.fund.ledger.bundle.BundleFiles;
import org.usrok.fund.ledger.bundle.BundleFormatException;
import org.usrok.fund.ledger.bundle.BundleVerifier;
import org.usrok.fund.ledger.verifier.independent.SpecChainCheck;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * The auditors' offline verifier: {@code java -jar fund-ledger-verifier-<version>.jar bundle.zip}.
 * Prints {@code OK: <n> entries, head <hash>} and exits 0 when every check of
 * {@link BundleVerifier} passes; otherwise prints one {@code BAD:} line per problem (the first 100,
 * or {@code --max-findings N}, or all with {@code --all-findings}) and exits 1. Exits 2 when the
 * bundle could not be checked at all: a wrong call, a file that cannot be read or is not a ZIP, or
 * too little memory, so a script never takes "not checked" for "tampered". {@code --version}
 * prints the version and the commit the jar was built from.
 * <p>
 * After {@link BundleVerifier}, which recomputes the hashes with the application's own canonical
 * form, {@link SpecChainCheck} checks the chain again from docs/ledger.md alone, sharing no code
 * with the application (a check that re-runs the code under test proves nothing). Its result is a
 * line of its own, its findings are {@code BAD: independent chain check: ...} lines, and the
 * bundle verifies only when both checks pass.
 * <p>
 * What the auditor holds from outside the bundle makes the check stronger: {@code --public-key FILE}
 * pins the fund's published key (the bundle's checkpoints must be signed with it);
 * {@code --anchor SEQ:HASH}, {@code --anchor-bundle PREVIOUS.zip} (its head and checkpoints) and
 * {@code --anchor-checkpoint FILE} (a checkpoint file downloaded from the portal or the API, whose
 * signature is checked too) are heads the bundle must extend. Each may be given more than once,
 * except {@code --public-key}. A key or anchor file that cannot be read exits 2.
 */
public final class VerifyLedgerBundle {

    public static final int OK = 0;
    public static final int PROBLEMS = 1;
    public static final int UNUSABLE = 2;
    static final int DEFAULT_MAX_FINDINGS = 100;
    static final String INDEPENDENT = "Independent chain check (from docs/ledger.md, no shared code): ";
    static final String USAGE = "usage: java -jar fund-ledger-verifier.jar [--max-findings N | --all-findings] "
            + "[--public-key FILE] [--anchor SEQ:HASH]... [--anchor-bundle PREVIOUS.zip]... "
            + "[--anchor-checkpoint FILE]... <bundle.zip>\n       java -jar fund-ledger-verifier.jar --version";

    private VerifyLedgerBundle() {
    }

    /**
     * Runs the verifier and exits with its code. Running out of memory is caught here, at the top
     * and nowhere else, only to exit 2 with a message instead of the JVM's 1, which would read as
     * "tampered".
     */
    public static void main(String[] args) {
        int exit;
        try {
            exit = run(args, System.out, System.err);
        } catch (OutOfMemoryError e) {
            System.err.println("cannot check: the verifier ran out of memory (" + e.getMessage()
                    + "); give it more, e.g. java -Xmx1g -jar fund-ledger-verifier.jar <bundle.zip>");
            exit = UNUSABLE;
        }
        System.exit(exit);
    }

    /** Parses the arguments, verifies the bundle they name and returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        int maxFindings = DEFAULT_MAX_FINDINGS;
        String bundle = null;
        BundleAnchors anchors = BundleAnchors.NONE;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            switch (option) {
                case "--version" -> {
                    if (args.length != 1) {
                        return usage(err, "--version takes no other argument");
                    }
                    VerifierVersion version = VerifierVersion.current();
                    out.println("fund-ledger-verifier " + version.version() + " (commit " + version.commit()
                            + "), reads " + String.join(", ", BundleFiles.FORMATS));
                    return OK;
                }
                case "--all-findings" -> maxFindings = BundleVerifier.ALL_FINDINGS;
                case "--max-findings" -> {
                    if (i + 1 >= args.length) {
                        return usage(err, "--max-findings needs a number");
                    }
                    String value = args[++i];
                    try {
                        maxFindings = Integer.parseInt(value);
                    } catch (NumberFormatException e) {
                        maxFindings = -1;
                    }
                    if (maxFindings < 0) {
                        return usage(err, "--max-findings is '" + value + "' but must be a whole number from 0");
                    }
                }
                case "--public-key", "--anchor", "--anchor-bundle", "--anchor-checkpoint" -> {
                    if (i + 1 >= args.length) {
                        return usage(err, option + " needs a value");
                    }
                    String value = args[++i];
                    if (option.equals("--public-key") && anchors.pinnedKey() != null) {
                        return usage(err, "--public-key is given twice");
                    }
                    try {
                        anchors = withAnchor(anchors, option, value);
                    } catch (IllegalArgumentException e) {
                        return usage(err, e.getMessage());
                    } catch (NoSuchFileException e) {
                        err.println("cannot read " + value + " (" + option + "): no such file");
                        return UNUSABLE;
                    } catch (IOException | BundleFormatException e) {
                        err.println("cannot read " + value + " (" + option + "): " + e.getMessage());
                        return UNUSABLE;
                    }
                }
                default -> {
                    if (args[i].startsWith("--") || bundle != null) {
                        return usage(err, "unexpected argument '" + args[i] + "'");
                    }
                    bundle = args[i];
                }
            }
        }
        if (bundle == null) {
            return usage(err, "no bundle named");
        }
        return verify(bundle, maxFindings, anchors, out, err);
    }

    private static BundleAnchors withAnchor(BundleAnchors anchors, String option, String value) throws IOException {
        return switch (option) {
            case "--public-key" -> anchors.withPinnedKey(BundleAnchors.publicKey(Path.of(value)));
            case "--anchor" -> anchors.with(BundleAnchors.anchor(value));
            case "--anchor-bundle" -> anchors.with(BundleAnchors.previousBundle(Path.of(value)), List.of());
            default -> anchors.with(List.of(), List.of(BundleAnchors.checkpointFile(Path.of(value))));
        };
    }

    private static int usage(PrintStream err, String problem) {
        err.println(problem);
        err.println(USAGE);
        return UNUSABLE;
    }

    private static int verify(String bundle, int maxFindings, BundleAnchors anchors, PrintStream out,
                              PrintStream err) {
        BundleVerifier.Report report;
        try {
            report = BundleVerifier.verify(Path.of(bundle), maxFindings, anchors);
        } catch (NoSuchFileException e) {
            err.println("cannot read " + bundle + ": no such file");
            return UNUSABLE;
        } catch (IOException | InvalidPathException e) {
            err.println("cannot read " + bundle + ": " + e.getMessage());
            return UNUSABLE;
        }
        SpecChainCheck.Result independent;
        try {
            independent = SpecChainCheck.check(Path.of(bundle), remaining(maxFindings, report.findings().size()));
        } catch (IOException e) {
            err.println("cannot read " + bundle + ": " + e.getMessage());
            return UNUSABLE;
        }
        if (report.ok() && independent.ok()) {
            out.println("OK: " + report.entries() + " entries, head " + report.headHash());
            report.notes().forEach(out::println);
            out.println(INDEPENDENT + independent.entries() + " entries, head " + independent.headHash() + ": OK");
            return OK;
        }
        report.findings().forEach(finding -> out.println("BAD: " + finding));
        independent.findings().forEach(finding -> out.println("BAD: independent chain check: " + finding));
        report.notes().forEach(out::println);
        long notShown = report.notShown() + independent.notShown();
        if (notShown > 0) {
            out.println("... and " + notShown + " more (--max-findings N or --all-findings to print them)");
        }
        out.println(INDEPENDENT + independent.entries() + " entries, " + (independent.ok()
                ? "head " + independent.headHash() + ": OK" : "FAILED with " + problems(independent.problems())));
        out.println("FAILED: " + problems(report.problems() + independent.problems()) + " in " + bundle);
        return PROBLEMS;
    }

    /** What is left of the findings to print once {@code shown} are: the limit holds for both checks together. */
    private static int remaining(int maxFindings, int shown) {
        return maxFindings == BundleVerifier.ALL_FINDINGS ? maxFindings : Math.max(0, maxFindings - shown);
    }

    private static String problems(long count) {
        return count + (count == 1 ? " problem" : " problems");
    }
}
