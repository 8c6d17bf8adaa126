package org.usrok.fund.disbursement.file;

import org.usrok.fund.shared.CurrencyCode;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The CSV remittance report beside a pain.001 file (RFC 4180). Rules: an account shows only its last
 * four characters; a cell that a spreadsheet would read as a formula (starting with {@code = + - @},
 * a tab or a carriage return) is prefixed with an apostrophe, so opening the report never runs
 * anything; amounts carry the currency's decimals, exact.
 */
final class RemittanceReport {

    static final List<String> HEADER =
            List.of("end_to_end_id", "creditor", "account", "amount", "currency", "remittance");
    static final String TOTAL = "TOTAL";
    private static final String CRLF = "\r\n";
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private RemittanceReport() {
    }

    static byte[] write(PaymentFileRequest request, long controlSum) {
        CurrencyCode currency = request.currency();
        StringBuilder csv = new StringBuilder();
        row(csv, HEADER);
        for (CreditTransfer transfer : request.transfers()) {
            String remittance = PaymentFiles.text(transfer.remittanceText(), PaymentFiles.MAX_TEXT_140);
            row(csv, List.of(transfer.endToEndId(),
                    PaymentFiles.text(transfer.creditorName(), PaymentFiles.MAX_TEXT_140),
                    masked(transfer.accountIdentifier()),
                    PaymentFiles.decimal(transfer.amountMinor(), currency).toPlainString(),
                    currency.name(),
                    remittance == null ? "" : remittance));
        }
        row(csv, List.of(TOTAL, request.transfers().size() + " transfers", "",
                PaymentFiles.decimal(controlSum, currency).toPlainString(), currency.name(), ""));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(BOM);
        bytes.writeBytes(csv.toString().getBytes(StandardCharsets.UTF_8));
        return bytes.toByteArray();
    }

    /** {@code ****} followed by the account's last four characters (all hidden when it has four or fewer). */
    static String masked(String account) {
        if (account == null || account.length() <= 4) {
            return "****";
        }
        return "****" + account.substring(account.length() - 4);
    }

    /** One cell: neutralised if a spreadsheet would take it for a formula, quoted when it holds a comma, quote or line break. */
    static String cell(String value) {
        String safe = value;
        if (!safe.isEmpty() && "=+-@\t\r".indexOf(safe.charAt(0)) >= 0) {
            safe = "'" + safe;
        }
        if (safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }

    private static void row(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(cell(cells.get(i)));
        }
        csv.append(CRLF);
    }
}
