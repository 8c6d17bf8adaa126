package org.usrok.fund.web.notification;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.usrok.fund.application.ApplicationStatus;
import org.usrok.fund.application.EligibilityScreen;
import org.usrok.fund.claim.ClaimStatus;
import org.usrok.fund.notification.NotificationSummary;
import org.usrok.fund.round.RoundStatus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import static org.assertj.core.api.Assertions.assertThat;

/** Notifications and the workflow's statuses read in both languages. */
class NotificationTextsTest {

    /** The message keys the services store (grep "notification." in fund-ejb). */
    static final List<String> KEYS = List.of("notification.roundAwaitsSignOff", "notification.roundOpened",
            "notification.applicationSubmitted", "notification.application.APPROVED",
            "notification.application.REJECTED", "notification.application.RETURNED", "notification.claimSubmitted",
            "notification.claimAwaitsApproval", "notification.claim.APPROVED", "notification.claim.REJECTED",
            "notification.claim.RETURNED", "notification.claimOverdue");

    @ParameterizedTest
    @ValueSource(strings = {"en", "ko"})
    void everyKeyTheServicesStoreHasASentence(String language) {
        ResourceBundle bundle = ResourceBundle.getBundle("org.usrok.fund.web.i18n.messages", Locale.forLanguageTag(language));
        List<String> keys = new ArrayList<>(KEYS);
        for (RoundStatus s : RoundStatus.values()) {
            keys.add("roundStatus." + s);
        }
        for (ApplicationStatus s : ApplicationStatus.values()) {
            keys.add("applicationStatus." + s);
        }
        for (ClaimStatus s : ClaimStatus.values()) {
            keys.add("claimStatus." + s);
        }
        EligibilityScreen.run(true, true, true, true).forEach(c -> keys.add(c.messageKey()));
        EligibilityScreen.run(false, false, false, false).forEach(c -> keys.add(c.messageKey()));
        assertThat(keys).allSatisfy(key -> assertThat(bundle.containsKey(key)).as(key).isTrue());
    }

    @Test
    void formatsTheStoredArgumentsWithAmountsInThePortalsForm() {
        var approved = new NotificationSummary(1, "CLAIM_APPROVED", "DiversificationClaim", 7,
                "notification.claim.APPROVED", List.of("Q3 costs", "USD 13006.60", ""),
                List.of("Q3 costs", "USD 13006.60", ""), Instant.EPOCH, null);
        assertThat(NotificationTexts.text(approved, Locale.ENGLISH))
                .isEqualTo("Your claim \"Q3 costs\" was approved: USD 13,006.60.");
        assertThat(NotificationTexts.text(approved, Locale.KOREAN)).contains("USD 13,006.60").contains("승인");
        var signOff = new NotificationSummary(2, "ROUND_AWAITS_SIGN_OFF", "FundingRound", 3,
                "notification.roundAwaitsSignOff", List.of("2026 Round", "us.officer1"),
                List.of("2026년 지원 공고", "us.officer1"), Instant.EPOCH, null);
        assertThat(NotificationTexts.text(signOff, Locale.ENGLISH)).contains("government's sign-off")
                .contains("2026 Round").doesNotContain("2026년");
        assertThat(NotificationTexts.text(signOff, Locale.KOREAN)).contains("2026년 지원 공고")
                .doesNotContain("2026 Round");
    }

    @Test
    void linksGoToTheReadersOwnPages() {
        var claim = new NotificationSummary(1, "CLAIM_APPROVED", "DiversificationClaim", 7, "k", List.of(),
                List.of(), Instant.EPOCH, null);
        assertThat(NotificationTexts.outcome(claim, true)).isEqualTo("/company/claim");
        assertThat(NotificationTexts.outcome(claim, false)).isEqualTo("/officer/claim");
    }
}
