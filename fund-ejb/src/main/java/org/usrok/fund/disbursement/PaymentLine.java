package org.usrok.fund.disbursement;

import org.usrok.fund.payout.AccountScheme;
import org.usrok.fund.shared.Money;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * One payment as officers and auditors see it: company, amount, end-to-end reference, status with
 * the bank's date, reference and reason, the creditor account it pays (masked but for the last four
 * characters) with the account's id and version, the claims it pays, and the return entry if any.
 */
public record PaymentLine(long id, long version, long batchId, long companyId, String companyName, Money amount,
                          String endToEndId, PaymentStatus status, LocalDate statusDate, String bankReference,
                          String statusReason, String holderName, AccountScheme scheme, String maskedAccount,
                          long payoutAccountId, long payoutAccountVersion, List<Long> claimIds,
                          Long returnLedgerSequence) implements Serializable {

    static PaymentLine of(Payment p, String companyName) {
        return new PaymentLine(p.getId(), p.getVersion(), p.getBatchId(), p.getCompanyId(), companyName, p.amount(),
                p.getEndToEndId(), p.getStatus(), p.getStatusDate(), p.getBankReference(), p.getStatusReason(),
                p.getHolderName(), p.getScheme(), mask(p.getAccountIdentifier()), p.getPayoutAccountId(),
                p.getPayoutAccountVersion(), p.getItems().stream().map(PaymentItem::getClaimId).sorted().toList(),
                p.getReturnLedgerSequence());
    }

    /** All but the last four characters replaced by asterisks. */
    static String mask(String account) {
        if (account == null || account.length() <= 4) {
            return account;
        }
        return "*".repeat(account.length() - 4) + account.substring(account.length() - 4);
    }
}
