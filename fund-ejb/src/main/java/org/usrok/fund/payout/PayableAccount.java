package org.usrok.fund.payout;

import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.CurrencyCode;

import java.io.Serializable;

/**
 * The verified bank account a company is paid to in one currency, unmasked, for the disbursement
 * service that snapshots it into a payment. {@code accountId} and {@code accountVersion} identify
 * exactly what was verified: a payment prepared against one version must not be released to an
 * account that has changed since.
 *
 * @param bankIdentifier    the ABA routing number (9 digits) for {@link AccountScheme#US_ABA}, the
 *                          KFTC bank code (3 digits) for {@link AccountScheme#KR_BANK}, the BIC
 *                          (or {@code null}) for {@link AccountScheme#IBAN}
 * @param accountIdentifier the account number (digits only) or the IBAN (electronic form, no spaces)
 * @param bic               the bank's BIC (8 or 11 characters), or {@code null} when none was given
 * @param bankCountry       the member country whose clearing system the bank belongs to: US for
 *                          {@code US_ABA}, KR for {@code KR_BANK}; {@code null} for an IBAN (neither
 *                          member country issues IBANs; its country is the IBAN's first two letters)
 */
public record PayableAccount(long accountId, long accountVersion, long companyId, CurrencyCode currency,
                             AccountScheme scheme, String holderName, String bankIdentifier,
                             String accountIdentifier, String bic, CountryCode bankCountry) implements Serializable {
}
