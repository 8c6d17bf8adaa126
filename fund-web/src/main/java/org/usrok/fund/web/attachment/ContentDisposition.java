package org.usrok.fund.web.attachment;

import java.nio.charset.StandardCharsets;

/**
 * The {@code Content-Disposition} of a download (RFC 6266): always {@code attachment}, with a
 * plain-ASCII {@code filename} for old clients and the exact UTF-8 name as {@code filename*}
 * (RFC 8187, formerly 5987), so Korean names arrive intact and nothing in a name can break the
 * header.
 */
final class ContentDisposition {

    private static final String ATTR_CHAR_SYMBOLS = "!#$&+-.^_`|~";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private ContentDisposition() {
    }

    static String attachment(String fileName) {
        String name = fileName == null || fileName.isBlank() ? "attachment" : fileName;
        return "attachment; filename=\"" + asciiFallback(name) + "\"; filename*=UTF-8''" + encode(name);
    }

    /** Printable ASCII kept; quotes, backslashes, percent signs and every other character become '_'. */
    static String asciiFallback(String name) {
        StringBuilder out = new StringBuilder();
        name.codePoints().forEach(cp -> out.append(cp >= 0x20 && cp < 0x7F && "\"\\%".indexOf(cp) < 0 ? (char) cp : '_'));
        return out.toString();
    }

    /** RFC 8187 value-chars: attr-chars as they are, every other UTF-8 byte percent-encoded. */
    static String encode(String name) {
        StringBuilder out = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || ATTR_CHAR_SYMBOLS.indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return out.toString();
    }
}
