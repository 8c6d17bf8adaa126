package org.usrok.fund.application;

import java.io.Serializable;

/** One check of the eligibility screen: its name, whether it passed, and the message key explaining it. */
public record EligibilityCheck(String check, boolean passed, String messageKey) implements Serializable {
}
