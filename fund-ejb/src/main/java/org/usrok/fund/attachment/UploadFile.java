package org.usrok.fund.attachment;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;

/** A file as uploaded: the name the client gave (sanitised before use) and the bytes. */
public record UploadFile(@NotNull @Size(max = 1000) String fileName, @NotNull byte[] content) implements Serializable {
}
