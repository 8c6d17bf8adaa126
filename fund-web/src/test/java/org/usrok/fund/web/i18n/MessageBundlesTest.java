package org.usrok.fund.web.i18n;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Every bundle speaks both languages, key for key, and its patterns survive MessageFormat. */
class MessageBundlesTest {

    /** A lone apostrophe starts a quoted section in MessageFormat and silently disappears. */
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    @ParameterizedTest
    @ValueSource(strings = {"org.usrok.fund.shared.ErrorMessages", "org.usrok.fund.web.i18n.messages", "ValidationMessages"})
    void englishAndKoreanHaveTheSameKeys(String bundleName) {
        ResourceBundle english = ResourceBundle.getBundle(bundleName, Locale.ROOT);
        ResourceBundle korean = ResourceBundle.getBundle(bundleName, Locale.KOREAN);
        assertThat(korean.getLocale()).isEqualTo(Locale.KOREAN);
        assertThat(Set.copyOf(korean.keySet())).isEqualTo(Set.copyOf(english.keySet()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ko"})
    void errorPatternsKeepTheirApostrophes(String language) {
        ResourceBundle bundle = ResourceBundle.getBundle(LocalizedMessages.ERRORS, Locale.forLanguageTag(language));
        for (String key : bundle.keySet()) {
            assertThat(LONE_APOSTROPHE.matcher(bundle.getString(key)).find()).as(key).isFalse();
        }
        assertThat(LocalizedMessages.error(Locale.ENGLISH, "user.roles.officerCountry", List.of()))
                .isEqualTo("An officer's country must match the officer role.");
    }
}
