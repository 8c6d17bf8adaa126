package org.usrok.fund.payout;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.usrok.fund.shared.CurrencyCode;

import java.io.Serializable;

/**
 * A company user registers the bank account their company is to be paid to in one currency (a
 * change of account is a new registration). Which fields are needed depends on the scheme:
 * <ul>
 *   <li>{@code US_ABA} (USD only): {@code routingNumber} and {@code accountNumber} (4-17 digits);</li>
 *   <li>{@code KR_BANK} (KRW only): {@code bankCode} (KFTC) and {@code accountNumber} (10-14 digits);</li>
 *   <li>{@code IBAN} (USD or KRW): {@code iban}.</li>
 * </ul>
 * {@code bic} is optional for every scheme. Spaces and hyphens in numbers are allowed and removed.
 * The rules are checked by Bean Validation ({@link ValidPayoutAccount}) wherever the command enters.
 */
@ValidPayoutAccount
public record RegisterPayoutAccount(
        @NotNull(message = "{fund.choose}") CurrencyCode currency,
        @NotNull(message = "{fund.choose}") AccountScheme scheme,
        @NotBlank @Size(max = 140) String holderName,
        @Size(max = 20) String routingNumber,
        @Size(max = 10) String bankCode,
        @Size(max = 30) String accountNumber,
        @Size(max = 50) String iban,
        @Size(max = 20) String bic) implements Serializable {
}
