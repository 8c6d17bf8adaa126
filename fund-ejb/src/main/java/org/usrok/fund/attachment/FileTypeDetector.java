package org.usrok.fund.attachment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Decides a file's type from its bytes. PDF, PNG and JPEG by their signatures; XLSX is a ZIP whose
 * central directory lists {@code [Content_Types].xml} and a workbook under {@code xl/} (read
 * without decompressing anything, so a ZIP bomb costs nothing); CSV has no signature, so it must
 * be UTF-8 text without control characters other than tab, CR and LF, and is accepted only when
 * the name also says {@code .csv}. Anything else is refused. Pure: no container needed.
 */
public final class FileTypeDetector {

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP = {'P', 'K', 0x03, 0x04};

    private FileTypeDetector() {
    }

    /** The type of {@code content}, or empty when it is none the fund accepts. */
    public static Optional<FileType> detect(byte[] content, String extension) {
        if (startsWith(content, PDF)) {
            return Optional.of(FileType.PDF);
        }
        if (startsWith(content, PNG)) {
            return Optional.of(FileType.PNG);
        }
        if (startsWith(content, JPEG)) {
            return Optional.of(FileType.JPEG);
        }
        if (startsWith(content, ZIP)) {
            return isWorkbook(content) ? Optional.of(FileType.XLSX) : Optional.empty();
        }
        if ("csv".equals(extension) && isPlainText(content)) {
            return Optional.of(FileType.CSV);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, byte[] signature) {
        if (content.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if (content[i] != signature[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWorkbook(byte[] content) {
        Path temp = null;
        try {
            temp = Files.createTempFile("fund-upload", ".zip");
            Files.write(temp, content);
            try (ZipFile zip = new ZipFile(temp.toFile())) {
                boolean types = zip.getEntry("[Content_Types].xml") != null;
                boolean workbook = zip.stream().anyMatch(e -> e.getName().startsWith("xl/"));
                return types && workbook;
            }
        } catch (ZipException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    temp.toFile().deleteOnExit();
                }
            }
        }
    }

    private static boolean isPlainText(byte[] content) {
        if (content.length == 0) {
            return false;
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            return false;
        }
        return text.chars().allMatch(c -> c >= 0x20 && c != 0x7F || c == '\t' || c == '\r' || c == '\n' || c == 0xFEFF);
    }
}
