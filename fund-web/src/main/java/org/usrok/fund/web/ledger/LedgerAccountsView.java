package org.usrok.fund.web.ledger;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.usrok.fund.ledger.AccountTotals;
import org.usrok.fund.ledger.LedgerService;
import org.usrok.fund.ledger.TrialBalance;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The chart of accounts with each account's debit and credit totals and balance, in its own
 * currency, over all entries or those effective on or before a chosen date. Also backs the trial
 * balance page, which shows the same totals as debit and credit balances per currency.
 */
@Named
@ViewScoped
public class LedgerAccountsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LedgerService ledger;

    private LocalDate asOf;
    private List<AccountTotals> balances;
    private TrialBalance trialBalance;

    @PostConstruct
    void init() {
        apply();
    }

    /** Reads the balances as of the chosen date (all entries when none is chosen). */
    public void apply() {
        balances = ledger.balancesAsOf(asOf);
        trialBalance = TrialBalance.of(balances);
    }

    public void clear() {
        asOf = null;
        apply();
    }

    public List<AccountTotals> getBalances() {
        return balances;
    }

    public TrialBalance getTrialBalance() {
        return trialBalance;
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    public void setAsOf(LocalDate asOf) {
        this.asOf = asOf;
    }
}
