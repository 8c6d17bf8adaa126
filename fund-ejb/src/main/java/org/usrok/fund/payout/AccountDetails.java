package org.usrok.fund.payout;

import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.CurrencyCode;

import java.io.Serializable;

/**
 * The validated, normalised content of a payout account: what {@link PayoutAccount} stores.
 *
 * @param bankIdentifier    ABA routing number, KFTC bank code, or the BIC (or {@code null}) for an IBAN
 * @param accountIdentifier account number (digits only) or IBAN (electronic form)
 * @param bankCountry       US for {@code US_ABA}, KR for {@code KR_BANK}, {@code null} for an IBAN
 */
public record AccountDetails(CurrencyCode currency, AccountScheme scheme, String holderName, String bankIdentifier,
                             String accountIdentifier, String bic, CountryCode bankCountry) implements Serializable {
}
