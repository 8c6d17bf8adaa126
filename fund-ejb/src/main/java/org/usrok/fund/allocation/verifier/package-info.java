/**
 * The auditors' independent certificate verifier: {@link CertificateVerifier} reads an allocation
 * certificate (docs/allocation.md, "The certificate"), re-derives every output line from its inputs
 * section by the rules R1–R12 and reports each line that differs. It uses only the JDK and shares no
 * code with the allocation core ({@code org.usrok.fund.allocation.core}) or with {@code Money}, so a
 * defect there cannot verify itself; it runs as well in the offline bundle verifier.
 *
 * <p>{@code CertificateInputs} reads the inputs section and refuses what "Invalid input" refuses;
 * {@code Derivation} applies the rules, one method per rule, with exact fractions ({@code Ratio});
 * {@code CertificateVerifier} compares the text with what they give; {@code Problems} collects the
 * problems at their lines.
 */
package org.usrok.fund.allocation.verifier;
