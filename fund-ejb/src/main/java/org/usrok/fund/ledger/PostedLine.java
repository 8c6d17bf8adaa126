package org.usrok.fund.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.Money;

/** A journal line as stored: account, side, currency and the amount in minor units. */
@Embeddable
public class PostedLine {

    @Column(name = "account_code", nullable = false, length = 16)
    private String accountCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 6)
    private Side side;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 3)
    private CurrencyCode currency;

    @Column(name = "amount_minor", nullable = false)
    private long amountMinor;

    protected PostedLine() {
    }

    PostedLine(JournalLine line) {
        this.accountCode = line.account();
        this.side = line.side();
        this.currency = line.amount().currency();
        this.amountMinor = line.amount().minorUnits();
    }

    JournalLine toLine() {
        return new JournalLine(accountCode, side, Money.ofMinor(amountMinor, currency));
    }
}
