package org.usrok.fund.web.payout;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import org.usrok.fund.payout.AccountScheme;
import org.usrok.fund.payout.KoreanBank;
import org.usrok.fund.payout.PayoutAccountService;
import org.usrok.fund.payout.PayoutAccountSummary;
import org.usrok.fund.payout.RegisterPayoutAccount;
import org.usrok.fund.shared.BusinessRuleException;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.web.portal.Messages;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * The company user's payout accounts page: the accounts (current ones first, then the history)
 * and a form to register a new or changed account, whose fields follow the chosen scheme. The
 * rules are the service's; violations are shown beside their fields.
 */
@Named
@ViewScoped
public class CompanyPayoutAccountsView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "accountForm";
    static final Set<String> FIELDS = Set.of("currency", "scheme", "holderName", "routingNumber", "bankCode",
            "accountNumber", "iban", "bic");

    @Inject
    PayoutAccountService accounts;

    @Inject
    Messages messages;

    private List<PayoutAccountSummary> items;
    private CurrencyCode currency;
    private AccountScheme scheme;
    private String holderName;
    private String routingNumber;
    private String bankCode;
    private String accountNumber;
    private String iban;
    private String bic;

    @PostConstruct
    void load() {
        items = accounts.mine();
    }

    /** The scheme decides the currency of a domestic account; an IBAN keeps the one chosen. */
    public void schemeChanged() {
        if (scheme == AccountScheme.US_ABA) {
            currency = CurrencyCode.USD;
        } else if (scheme == AccountScheme.KR_BANK) {
            currency = CurrencyCode.KRW;
        }
    }

    public void register() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            var registered = accounts.register(new RegisterPayoutAccount(currency, scheme, holderName,
                    visible(AccountScheme.US_ABA, routingNumber), visible(AccountScheme.KR_BANK, bankCode),
                    scheme == AccountScheme.IBAN ? null : accountNumber, visible(AccountScheme.IBAN, iban), bic));
            Messages.global(faces, FacesMessage.SEVERITY_INFO, "payout.registered", registered.currency().name(),
                    registered.accountIdentifier());
            items = accounts.mine();
            clear();
        } catch (ConstraintViolationException e) {
            messages.violations(faces, FORM, FIELDS, e);
        } catch (BusinessRuleException e) {
            messages.rule(faces, FORM, FIELDS, e);
        }
    }

    /** A field of another scheme than the chosen one is not sent, even if it was typed before switching. */
    private String visible(AccountScheme of, String value) {
        return scheme == of ? value : null;
    }

    private void clear() {
        currency = null;
        scheme = null;
        holderName = null;
        routingNumber = null;
        bankCode = null;
        accountNumber = null;
        iban = null;
        bic = null;
    }

    public List<PayoutAccountSummary> getItems() {
        return items;
    }

    public boolean isUsAba() {
        return scheme == AccountScheme.US_ABA;
    }

    public boolean isKrBank() {
        return scheme == AccountScheme.KR_BANK;
    }

    public boolean isIbanScheme() {
        return scheme == AccountScheme.IBAN;
    }

    public AccountScheme[] getSchemes() {
        return AccountScheme.values();
    }

    public CurrencyCode[] getCurrencies() {
        return CurrencyCode.values();
    }

    public List<KoreanBank> getBanks() {
        return accounts.koreanBanks();
    }

    public CurrencyCode getCurrency() {
        return currency;
    }

    public void setCurrency(CurrencyCode currency) {
        this.currency = currency;
    }

    public AccountScheme getScheme() {
        return scheme;
    }

    public void setScheme(AccountScheme scheme) {
        this.scheme = scheme;
    }

    public String getHolderName() {
        return holderName;
    }

    public void setHolderName(String holderName) {
        this.holderName = holderName;
    }

    public String getRoutingNumber() {
        return routingNumber;
    }

    public void setRoutingNumber(String routingNumber) {
        this.routingNumber = routingNumber;
    }

    public String getBankCode() {
        return bankCode;
    }

    public void setBankCode(String bankCode) {
        this.bankCode = bankCode;
    }

    public String getAccountNumber() {
        return accountNumber;
    }

    public void setAccountNumber(String accountNumber) {
        this.accountNumber = accountNumber;
    }

    public String getIban() {
        return iban;
    }

    public void setIban(String iban) {
        this.iban = iban;
    }

    public String getBic() {
        return bic;
    }

    public void setBic(String bic) {
        this.bic = bic;
    }
}
