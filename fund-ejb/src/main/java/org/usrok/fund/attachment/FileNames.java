package org.usrok.fund.attachment;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Makes an uploaded file name safe to store and to send back in a download header: only the last
 * path segment, NFC-normalised, without control or reserved characters, at most 200 characters
 * with its extension kept (an over-long one is cut like the rest). Korean and other letters are kept.
 */
public final class FileNames {

    private static final int MAX = 200;
    /** Longer "extensions" are no file type's; such a name is cut like one without any. */
    private static final int MAX_EXTENSION = 10;

    private FileNames() {
    }

    public static String sanitise(String name) {
        String base = name == null ? "" : name;
        int slash = Math.max(base.lastIndexOf('/'), base.lastIndexOf('\\'));
        base = Normalizer.normalize(base.substring(slash + 1), Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < base.length(); ) {
            int cp = base.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isISOControl(cp) || "<>:\"/\\|?*;%".indexOf(cp) >= 0 || Character.getType(cp) == Character.FORMAT) {
                continue;
            }
            out.appendCodePoint(Character.isWhitespace(cp) ? ' ' : cp);
        }
        String clean = out.toString().replaceAll(" +", " ").strip().replaceAll("^[.\\s]+", "").replaceAll("[.\\s]+$", "");
        if (clean.length() > MAX) {
            String ext = clean.substring(clean.length() - extension(clean).length());
            clean = ext.isEmpty() || ext.length() > MAX_EXTENSION
                    ? clean.substring(0, MAX)
                    : clean.substring(0, MAX - ext.length() - 1) + "." + ext;
        }
        return clean;
    }

    /** The lower-case extension of a name, or empty. */
    public static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 || dot == name.length() - 1 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
