package org.usrok.fund.ledger.bundle;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The auditors' offline verifier: {@code java -cp fund-ejb.jar
 * org.usrok.fund.ledger.bundle.VerifyLedgerBundle bundle.zip}. Prints {@code OK: <n> entries,
 * head <hash>} and exits 0 when every check of {@link BundleVerifier} passes; otherwise prints
 * one {@code BAD:} line per problem and exits 1. Exits 2 when it is called wrongly or the file
 * cannot be read as a ZIP, so a script can tell "tampered" from "not checked". It loads only
 * JDK and ledger-core classes, never a Jakarta EE API, so it needs no server and no other jar.
 */
public final class VerifyLedgerBundle {

    public static final int OK = 0;
    public static final int PROBLEMS = 1;
    public static final int UNUSABLE = 2;

    private VerifyLedgerBundle() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Verifies the bundle named by the one argument and returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 1) {
            err.println("usage: java -cp fund-ejb.jar " + VerifyLedgerBundle.class.getName() + " <bundle.zip>");
            return UNUSABLE;
        }
        BundleVerifier.Report report;
        try {
            report = BundleVerifier.verify(Path.of(args[0]));
        } catch (NoSuchFileException e) {
            err.println("cannot read " + args[0] + ": no such file");
            return UNUSABLE;
        } catch (IOException | InvalidPathException e) {
            err.println("cannot read " + args[0] + ": " + e.getMessage());
            return UNUSABLE;
        }
        if (report.ok()) {
            out.println("OK: " + report.entries() + " entries, head " + report.headHash());
            return OK;
        }
        report.findings().forEach(finding -> out.println("BAD: " + finding));
        out.println("FAILED: " + report.findings().size() + (report.findings().size() == 1 ? " problem" : " problems")
                + " in " + args[0]);
        return PROBLEMS;
    }
}
