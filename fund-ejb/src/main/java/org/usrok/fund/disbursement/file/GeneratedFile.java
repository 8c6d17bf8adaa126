package org.usrok.fund.disbursement.file;

import java.io.Serializable;
import java.util.Arrays;

/**
 * A generated payment file or report, ready to store and hand out.
 *
 * @param fileName         a file name without a directory
 * @param mediaType        its media type ({@code application/xml}, {@code text/csv})
 * @param content          its bytes (a copy is kept and a copy is given out)
 * @param sha256           the lowercase hexadecimal SHA-256 of {@link #content()}
 * @param transactionCount the number of transfers in it
 * @param controlSumMinor  the sum of the transfers' amounts, in minor units
 */
public record GeneratedFile(String fileName, String mediaType, byte[] content, String sha256, int transactionCount,
                            long controlSumMinor) implements Serializable {

    public GeneratedFile {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GeneratedFile that && fileName.equals(that.fileName)
                && mediaType.equals(that.mediaType) && Arrays.equals(content, that.content)
                && sha256.equals(that.sha256) && transactionCount == that.transactionCount
                && controlSumMinor == that.controlSumMinor;
    }

    @Override
    public int hashCode() {
        return sha256.hashCode();
    }

    @Override
    public String toString() {
        return "GeneratedFile[" + fileName + ", " + mediaType + ", " + content.length + " bytes, sha256=" + sha256
                + ", transactions=" + transactionCount + ", controlSumMinor=" + controlSumMinor + "]";
    }
}
