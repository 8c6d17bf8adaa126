package org.usrok.fund.web.attachment;

import org.primefaces.model.file.UploadedFile;
import org.usrok.fund.attachment.UploadFile;

/** Turns a PrimeFaces upload (Faces 4 native multipart) into the service's {@link UploadFile}. */
public final class Uploads {

    private Uploads() {
    }

    public static UploadFile of(UploadedFile file) {
        return new UploadFile(file.getFileName() == null ? "" : file.getFileName(), file.getContent());
    }
}
