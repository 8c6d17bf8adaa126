package org.usrok.fund.web.notification;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.usrok.fund.notification.NotificationSummary;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every message key the services notify with has a text in English and Korean that uses the
 * arguments the service passes (as the services pass them: strings, in this order).
 */
class NotificationTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "notification.roundAwaitsSignOff|Graphite 2027;us.officer1|Graphite 2027,us.officer1",
            "notification.roundOpened|Graphite 2027|Graphite 2027",
            "notification.applicationSubmitted|Sierra Cobalt Corp;Graphite 2027|Sierra Cobalt Corp,Graphite 2027",
            "notification.application.APPROVED|Graphite 2027;|Graphite 2027",
            "notification.application.REJECTED|Graphite 2027;No supported material|Graphite 2027,No supported material",
            "notification.application.RETURNED|Graphite 2027;Add the contract|Graphite 2027,Add the contract",
            "notification.claimSubmitted|Sierra Cobalt Corp;USD 40000.00|Sierra Cobalt Corp,USD 40000.00",
            "notification.claimAwaitsApproval|Sierra Cobalt Corp;USD 35000.00;us.officer3|Sierra Cobalt Corp,USD 35000.00,us.officer3",
            "notification.claim.APPROVED|Q1 costs;USD 35000.00;|Q1 costs,USD 35000.00",
            "notification.claim.REJECTED|Q1 costs;USD 40000.00;Duplicate claim|Q1 costs,Duplicate claim",
            "notification.claim.RETURNED|Q1 costs;USD 40000.00;Add invoices|Q1 costs,Add invoices",
            "notification.claimOverdue|Sierra Cobalt Corp;Q1 costs;10|Sierra Cobalt Corp,Q1 costs,10",
            "notification.disbursement.prepared|Graphite 2027;USD 600.00;2;us.officer1|Graphite 2027,USD 600.00,us.officer1",
            "notification.disbursement.released|Graphite 2027;USD 600.00;2;0;us.officer2|Graphite 2027,USD 600.00,us.officer2",
            "notification.payment.released|Graphite 2027;USD 600.00;B12P34|Graphite 2027,USD 600.00,B12P34",
            "notification.payment.held|Graphite 2027;USD 600.00;B12P34|Graphite 2027,USD 600.00,B12P34",
            "notification.payment.paid|Graphite 2027;USD 600.00;B12P34;2026-11-29;|Graphite 2027,USD 600.00,B12P34,2026-11-29",
            "notification.payment.returned|Graphite 2027;USD 600.00;B12P34;2026-11-29;Account closed|Graphite 2027,B12P34,Account closed",
            "notification.payment.rejected|Graphite 2027;KRW 65000;B12P34;2026-11-29;Wrong name|Graphite 2027,B12P34,Wrong name"})
    void rendersInBothLanguagesWithItsArguments(String key, String args, String expected) {
        List<String> arguments = Arrays.asList(args.split(";", -1));
        var summary = new NotificationSummary(1, "KIND", "FundingRound", 7, key, arguments, arguments, Instant.EPOCH,
                null);
        for (Locale locale : new Locale[]{Locale.ENGLISH, Locale.KOREAN}) {
            String text = NotificationResponse.of(summary, locale).text();
            assertThat(text).as(key + " " + locale).doesNotStartWith("notification.").doesNotContain("{");
            for (String part : expected.split(",")) {
                assertThat(text).as(key + " " + locale).contains(part);
            }
        }
    }
}
