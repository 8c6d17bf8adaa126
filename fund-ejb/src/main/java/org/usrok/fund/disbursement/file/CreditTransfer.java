package org.usrok.fund.disbursement.file;

import org.usrok.fund.payout.AccountScheme;
import org.usrok.fund.shared.CountryCode;

import java.io.Serializable;

/**
 * One payment to one creditor in a payment file.
 *
 * @param endToEndId      the reference that travels with the money to the creditor (1 to 35 characters)
 * @param amountMinor     the amount in minor units of the file's currency (cents, won), positive
 * @param creditorName    the account holder's name (longer than 140 characters is cut to 140)
 * @param scheme          how the account is identified
 * @param bankIdentifier  the ABA routing number ({@code US_ABA}) or Korean bank code ({@code KR_BANK});
 *                        may be {@code null} for {@code IBAN}
 * @param accountIdentifier the IBAN or the account number
 * @param bic             the creditor's bank BIC, or {@code null}
 * @param bankCountry     the country of the creditor's bank, or {@code null}
 * @param remittanceText  the unstructured remittance information (longer than 140 characters is cut),
 *                        or {@code null}
 */
public record CreditTransfer(String endToEndId, long amountMinor, String creditorName, AccountScheme scheme,
                             String bankIdentifier, String accountIdentifier, String bic, CountryCode bankCountry,
                             String remittanceText) implements Serializable {
}
