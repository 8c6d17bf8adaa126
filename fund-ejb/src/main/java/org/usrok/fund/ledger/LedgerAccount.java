package org.usrok.fund.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.usrok.fund.shared.CurrencyCode;

/**
 * An account of the chart of accounts. Each account holds one currency only, so USD and KRW
 * balances are never added together. The chart is reference data created by migrations.
 */
@Entity
@Immutable
@Table(name = "ledger_account")
public class LedgerAccount {

    @Id
    @Column(length = 16)
    private String code;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    @Column(name = "name_ko", nullable = false, length = 200)
    private String nameKo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private AccountKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 3)
    private CurrencyCode currency;

    protected LedgerAccount() {
    }

    public String getCode() {
        return code;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getNameKo() {
        return nameKo;
    }

    public AccountKind getKind() {
        return kind;
    }

    public CurrencyCode getCurrency() {
        return currency;
    }
}
