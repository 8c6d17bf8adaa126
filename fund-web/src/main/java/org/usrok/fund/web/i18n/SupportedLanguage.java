package org.usrok.fund.web.i18n;

import java.util.List;
import java.util.Locale;

/** The portal's and the API's two languages; English is the default. */
public final class SupportedLanguage {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale KOREAN = Locale.KOREAN;

    private SupportedLanguage() {
    }

    /** The first supported language among the caller's preferences, or English. */
    public static Locale choose(List<Locale> preferences) {
        for (Locale preference : preferences) {
            if (KOREAN.getLanguage().equals(preference.getLanguage())) {
                return KOREAN;
            }
            if (ENGLISH.getLanguage().equals(preference.getLanguage())) {
                return ENGLISH;
            }
        }
        return ENGLISH;
    }
}
