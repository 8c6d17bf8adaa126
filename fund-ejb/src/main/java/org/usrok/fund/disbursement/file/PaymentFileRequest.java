package org.usrok.fund.disbursement.file;

import org.usrok.fund.shared.CurrencyCode;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What a payment file says: one batch in one currency, paid from the fund's account to each
 * creditor of {@link #transfers()}.
 *
 * @param messageId               the file's unique message id, also the payment information id (1 to 35 characters)
 * @param createdAt               when the file was created (written in UTC, to the second)
 * @param requestedExecutionDate  the day the bank is asked to execute the transfers
 * @param currency                the currency of every transfer
 * @param debtorName              the paying party: the fund (also the initiating party)
 * @param debtorAccountIdentifier the fund's account: an IBAN or an account number
 * @param debtorAgentBic          the BIC of the fund's bank
 * @param transfers               the credit transfers, at least one, in the order they are written
 */
public record PaymentFileRequest(String messageId, Instant createdAt, LocalDate requestedExecutionDate,
                                 CurrencyCode currency, String debtorName, String debtorAccountIdentifier,
                                 String debtorAgentBic, List<CreditTransfer> transfers) implements Serializable {

    public PaymentFileRequest {
        transfers = transfers == null ? null : List.copyOf(transfers);
    }
}
