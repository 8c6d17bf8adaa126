package org.usrok.fund.allocation.core;

/**
 * The canonical UTF-8 text of an allocation (format in {@code docs/allocation.md}): inputs, every
 * share with its quota and rounding, the pools and the checks that hold. {@code inputsDigest} is
 * the SHA-256 (hex) of the inputs section, {@code digest} the SHA-256 (hex) of the whole text.
 */
public record AllocationCertificate(String text, String inputsDigest, String digest) {
}
