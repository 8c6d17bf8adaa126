package org.usrok.fund.web.payout;

import org.usrok.fund.payout.AccountScheme;
import org.usrok.fund.payout.RegisterPayoutAccount;
import org.usrok.fund.shared.CurrencyCode;

import java.io.Serializable;

/**
 * Body of {@code POST /api/payout-accounts}. Which fields are needed depends on {@code scheme}
 * ({@code US_ABA}: routingNumber + accountNumber; {@code KR_BANK}: bankCode + accountNumber;
 * {@code IBAN}: iban); the rules are the service command's, so the API and the portal agree.
 */
public record RegisterPayoutAccountRequest(CurrencyCode currency, AccountScheme scheme, String holderName,
                                           String routingNumber, String bankCode, String accountNumber, String iban,
                                           String bic) implements Serializable {

    static final RegisterPayoutAccountRequest EMPTY =
            new RegisterPayoutAccountRequest(null, null, null, null, null, null, null, null);

    RegisterPayoutAccount toCommand() {
        return new RegisterPayoutAccount(currency, scheme, holderName, routingNumber, bankCode, accountNumber, iban,
                bic);
    }
}
