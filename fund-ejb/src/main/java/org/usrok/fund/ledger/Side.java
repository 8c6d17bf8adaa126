package org.usrok.fund.ledger;

/** Which side of an account a journal line is on. */
public enum Side {
    DEBIT("D"),
    CREDIT("C");

    private final String code;

    Side(String code) {
        this.code = code;
    }

    /** The one-letter code used in the canonical form. */
    public String code() {
        return code;
    }

    public Side opposite() {
        return this == DEBIT ? CREDIT : DEBIT;
    }
}
