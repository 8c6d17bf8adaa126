package org.usrok.fund.ledger.bundle;

/**
 * A bundle, or one file in it, is not in the documented format. The message names the file and,
 * where there is one, the line (counted from 1, the header being line 1), so an auditor can open
 * the file at the exact place.
 */
public class BundleFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final String problem;

    public BundleFormatException(String file, int line, String problem) {
        super(file + (line > 0 ? " line " + line : "") + ": " + problem);
        this.file = file;
        this.line = line;
        this.problem = problem;
    }

    public String file() {
        return file;
    }

    /** The line of the file, or 0 when the problem is not on one line. */
    public int line() {
        return line;
    }

    public String problem() {
        return problem;
    }
}
