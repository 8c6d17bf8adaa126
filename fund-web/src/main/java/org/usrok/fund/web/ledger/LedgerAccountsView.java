package org.usrok.fund.web.ledger;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.StreamedContent;
import org.usrok.fund.ledger.AccountTotals;
import org.usrok.fund.ledger.LedgerService;
import org.usrok.fund.ledger.TrialBalance;
import org.usrok.fund.web.export.TableExports;

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

    @Inject
    TableExports exports;

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

    /** The trial balance as of the applied date (every account, per currency), as CSV or XLSX. */
    public StreamedContent export(String format) {
        LocalDate date = asOf;
        boolean korean = "ko".equals(exports.locale().getLanguage());
        return exports.download(date == null ? "trial-balance" : "trial-balance-as-of-" + date, format,
                rows -> exports.<AccountTotals>columns()
                        .text("ledger.accountCode", t -> t.account().code())
                        .text("ledger.accountName", t -> korean ? t.account().nameKo() : t.account().nameEn())
                        .label("export.col.kind", "ledger.kind.", t -> t.account().kind())
                        .money("ledger.debits", AccountTotals::debits)
                        .money("ledger.credits", AccountTotals::credits)
                        .money("export.col.balance", AccountTotals::balance)
                        .of(rows), () -> ledger.balancesAsOf(date));
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
