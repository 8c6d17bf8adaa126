package org.usrok.fund.web.ledger;

import java.io.Serializable;

/**
 * The offline verifier this server offers: its version and the commit it was built from, the
 * SHA-256 and size of the jar, the name it downloads under and where to download it.
 */
public record VerifierResponse(String version, String commit, String sha256, long size, String fileName,
                               String download) implements Serializable {

    static final String DOWNLOAD_PATH = "ledger/verifier/jar";

    static VerifierResponse of(VerifierJar.Jar jar, String download) {
        return new VerifierResponse(jar.version(), jar.commit(), jar.sha256(), jar.size(), jar.fileName(), download);
    }
}
