package org.usrok.fund.web.application;

import org.usrok.fund.application.EligibilityCheck;
import org.usrok.fund.web.i18n.LocalizedMessages;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/** One check of the eligibility screen: its name, whether it passed, and why, in the reader's language. */
public record EligibilityCheckResponse(String check, boolean passed, String message) implements Serializable {

    static List<EligibilityCheckResponse> of(List<EligibilityCheck> checks, Locale locale) {
        return checks.stream().map(c -> new EligibilityCheckResponse(c.check(), c.passed(),
                LocalizedMessages.error(locale, c.messageKey(), List.of()))).toList();
    }
}
