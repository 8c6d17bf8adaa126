package org.usrok.fund.shared;

import java.math.BigInteger;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Renders a rule's message key and arguments from {@code ErrorMessages[_ko].properties}; arguments
 * that name a term ({@code term.<value>}) are translated, and whole numbers (ids, sequences,
 * counts) are written as plain digits: "batch 1102", never the locale's "batch 1,102". The web layer renders in the reader's
 * language; the audit trail keeps the English text of a refusal, fixed when it happened.
 */
public final class RuleMessages {

    static final String ERRORS = "org.usrok.fund.shared.ErrorMessages";

    private RuleMessages() {
    }

    /** The message in the given language; a key without a message is shown with its arguments. */
    public static String text(Locale locale, String key, List<?> arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(ERRORS, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key + (arguments.isEmpty() ? "" : " " + arguments);
        }
        List<Object> translated = new ArrayList<>();
        for (Object argument : arguments) {
            translated.add(isWholeNumber(argument) ? argument.toString() : term(bundle, argument));
        }
        return new MessageFormat(pattern, locale).format(translated.toArray());
    }

    /** The refusal's message in English, the language of the audit trail. */
    public static String english(BusinessRuleException e) {
        return text(Locale.ENGLISH, e.messageKey(), e.arguments());
    }

    private static boolean isWholeNumber(Object argument) {
        return argument instanceof Long || argument instanceof Integer || argument instanceof Short
                || argument instanceof BigInteger;
    }

    private static Object term(ResourceBundle bundle, Object argument) {
        String key = "term." + argument;
        return argument instanceof String || argument instanceof Enum<?>
                ? (bundle.containsKey(key) ? bundle.getString(key) : argument)
                : argument;
    }
}
