package org.usrok.fund.shared;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/**
 * A text the fund keeps in both of its languages, such as a round's name: English and Korean.
 * Where it goes into a message that is stored and read later (a notification), each reader sees it
 * in their own language. Its {@code toString} is the English text, the fund's language of record.
 */
public record BilingualText(String en, String ko) implements Serializable {

    public BilingualText {
        Objects.requireNonNull(en, "en");
        Objects.requireNonNull(ko, "ko");
    }

    /** The text in the given language: Korean for {@code ko}, English otherwise. */
    public String in(Locale locale) {
        return "ko".equals(locale.getLanguage()) ? ko : en;
    }

    @Override
    public String toString() {
        return en;
    }
}
