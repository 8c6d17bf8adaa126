package org.usrok.fund.disbursement;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StatusFileTest {

    @Test
    void readsLinesAfterAnOptionalHeaderWithQuotedFieldsAndCrLf() {
        List<StatusFile.Line> lines = StatusFile.parse("end_to_end_id,status,date,bank_reference,reason\r\n"
                + "FUND-P1,PAID,2026-11-30,BNK-1,\r\n"
                + "\r\n"
                + "FUND-P2,returned,2026-12-01,\"BNK,2\",\"Account closed, \"\"per bank\"\"\"\n");

        assertThat(lines).hasSize(2);
        StatusFile.Line paid = lines.get(0);
        assertThat(paid.number()).isEqualTo(2);
        assertThat(paid.problem()).isEmpty();
        assertThat(paid.endToEndId()).isEqualTo("FUND-P1");
        assertThat(paid.outcome()).isEqualTo(PaymentOutcome.PAID);
        assertThat(paid.date()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(paid.bankReference()).isEqualTo("BNK-1");
        assertThat(paid.reason()).isNull();
        StatusFile.Line returned = lines.get(1);
        assertThat(returned.number()).isEqualTo(4);
        assertThat(returned.outcome()).isEqualTo(PaymentOutcome.RETURNED);
        assertThat(returned.bankReference()).isEqualTo("BNK,2");
        assertThat(returned.reason()).isEqualTo("Account closed, \"per bank\"");
    }

    @Test
    void eachWrongLineCarriesItsNumberAndWhatIsWrong() {
        List<StatusFile.Line> lines = StatusFile.parse("FUND-P1,SENT,2026-11-30\n"
                + "FUND-P2,PAID,30/11/2026\n"
                + "FUND-P3,PAID\n"
                + ",PAID,2026-11-30\n"
                + "FUND-P4,PAID,2026-11-30,\"open quote\n"
                + "FUND-P5,PAID,2026-11-30,BNK-5\n");

        assertThat(lines).extracting(l -> l.problem().map(p -> p.line() + " " + p.messageKey()).orElse("ok"))
                .containsExactly("1 error.statusFile.status", "2 error.statusFile.date", "3 error.statusFile.columns",
                        "4 error.statusFile.reference", "5 error.statusFile.quotes", "ok");
    }

    @Test
    void tooLongTextIsRefused() {
        assertThat(StatusFile.parse("FUND-P1,RETURNED,2026-11-30,BNK," + "x".repeat(1001)).get(0).problem())
                .hasValueSatisfying(p -> assertThat(p.messageKey()).isEqualTo("error.statusFile.tooLong"));
    }
}
