package org.usrok.fund.disbursement;

import org.usrok.fund.disbursement.file.CreditTransfer;
import org.usrok.fund.disbursement.file.GeneratedFile;
import org.usrok.fund.disbursement.file.PaymentFileRequest;
import org.usrok.fund.disbursement.file.PaymentFiles;
import org.usrok.fund.shared.CurrencyCode;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * Turns a batch's released payments into the payment file request and has {@link PaymentFiles}
 * write (and validate) the pain.001 and the remittance report. The fund's own account per currency,
 * the debtor of every transfer, is configuration: system properties
 * {@code fund.disbursement.debtor-account.USD} / {@code .KRW} and {@code fund.disbursement.debtor-bic.USD}
 * / {@code .KRW}, with the demo's defaults (an account at the Federal Reserve Bank of New York for
 * USD, at the Bank of Korea for KRW).
 */
final class ReleaseFiles {

    static final String DEBTOR_NAME = "US-ROK Supply Chain Stabilization Fund";
    private static final String DEFAULT_USD_ACCOUNT = "000123456789";
    private static final String DEFAULT_USD_BIC = "FRNYUS33";
    private static final String DEFAULT_KRW_ACCOUNT = "00112345678901";
    private static final String DEFAULT_KRW_BIC = "BOKRKRSE";

    private ReleaseFiles() {
    }

    /** The two files of one release. */
    record Files(GeneratedFile pain001, GeneratedFile remittance) implements Serializable {
    }

    static Files generate(DisbursementBatch batch, List<Payment> released, Instant now) {
        PaymentFileRequest request = request(batch, released, now);
        return new Files(PaymentFiles.pain001(request), PaymentFiles.remittanceCsv(request));
    }

    static PaymentFileRequest request(DisbursementBatch batch, List<Payment> released, Instant now) {
        CurrencyCode currency = batch.getCurrency();
        List<CreditTransfer> transfers = released.stream().map(p -> new CreditTransfer(p.getEndToEndId(),
                p.amount().minorUnits(), p.getHolderName(), p.getScheme(), p.getBankIdentifier(),
                p.getAccountIdentifier(), p.getBic(), p.getBankCountry(), remittanceText(batch, p))).toList();
        return new PaymentFileRequest("FUND-B" + batch.getId(), now, LocalDate.ofInstant(now, ZoneOffset.UTC),
                currency, DEBTOR_NAME, debtorAccount(currency), debtorBic(currency), transfers);
    }

    /** What the company's bank statement shows: the fund, the round and the claims paid (at most 140 characters). */
    static String remittanceText(DisbursementBatch batch, Payment payment) {
        StringBuilder text = new StringBuilder("Supply chain fund round " + batch.getRoundId() + " allocation, claims");
        for (PaymentItem item : payment.getItems()) {
            String next = " " + item.getClaimId();
            if (text.length() + next.length() > 135) {
                text.append(" ...");
                break;
            }
            text.append(next);
        }
        return text.toString();
    }

    static String debtorAccount(CurrencyCode currency) {
        return System.getProperty("fund.disbursement.debtor-account." + currency.name(),
                currency == CurrencyCode.USD ? DEFAULT_USD_ACCOUNT : DEFAULT_KRW_ACCOUNT);
    }

    static String debtorBic(CurrencyCode currency) {
        return System.getProperty("fund.disbursement.debtor-bic." + currency.name(),
                currency == CurrencyCode.USD ? DEFAULT_USD_BIC : DEFAULT_KRW_BIC).toUpperCase(Locale.ROOT);
    }
}
