/**
 * The auditors' offline ledger bundle verifier as a product: the command line of
 * {@code fund-ledger-verifier-<version>.jar}, a runnable jar that needs nothing but a JDK. The
 * checks themselves are {@link org.usrok.fund.ledger.bundle.BundleVerifier}'s, followed by the
 * independent chain check of {@code org.usrok.fund.ledger.verifier.independent}, which shares no
 * code with them; the build shades the classes they reach, and only those, into the jar, and the
 * server offers the jar for download ({@code GET /api/ledger/verifier/jar}). Nothing here may
 * reference anything but the JDK and those JDK-only classes.
 */
package org.usrok.fund.ledger.verifier;
