package org.usrok.fund.web.document;

import java.io.Serializable;

/** A rendered document: the file name it is downloaded as and its bytes ({@code application/pdf}). */
public record PdfDocument(String fileName, byte[] content) implements Serializable {

    public static final String MEDIA_TYPE = "application/pdf";
}
