package org.usrok.fund.shared;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class RuleMessagesTest {

    @Test
    void anIdIsWrittenAsPlainDigitsInEitherLanguage() {
        List<Object> arguments = List.of("us.officer1", 1102L);

        assertThat(RuleMessages.text(Locale.ENGLISH, "error.disbursement.preparerCannotRelease", arguments))
                .isEqualTo("us.officer1 prepared disbursement batch 1102 and cannot release it; "
                        + "another officer of the paying government must.");
        assertThat(RuleMessages.text(Locale.KOREAN, "error.disbursement.preparerCannotRelease", arguments))
                .contains("1102").doesNotContain("1,102");
    }
}
