package org.usrok.fund.disbursement;

/** The files a release produces: the ISO 20022 pain.001 for the bank and the remittance report beside it. */
public enum FileKind {
    PAIN_001,
    REMITTANCE_CSV
}
