package org.usrok.fund.disbursement.file;

import com.prowidesoftware.swift.model.mx.MxPain00100109;
import com.prowidesoftware.swift.model.mx.dic.AccountIdentification4Choice;
import com.prowidesoftware.swift.model.mx.dic.ActiveOrHistoricCurrencyAndAmount;
import com.prowidesoftware.swift.model.mx.dic.AmountType4Choice;
import com.prowidesoftware.swift.model.mx.dic.BranchAndFinancialInstitutionIdentification6;
import com.prowidesoftware.swift.model.mx.dic.CashAccount38;
import com.prowidesoftware.swift.model.mx.dic.ClearingSystemIdentification2Choice;
import com.prowidesoftware.swift.model.mx.dic.ClearingSystemMemberIdentification2;
import com.prowidesoftware.swift.model.mx.dic.CreditTransferTransaction34;
import com.prowidesoftware.swift.model.mx.dic.CustomerCreditTransferInitiationV09;
import com.prowidesoftware.swift.model.mx.dic.DateAndDateTime2Choice;
import com.prowidesoftware.swift.model.mx.dic.FinancialInstitutionIdentification18;
import com.prowidesoftware.swift.model.mx.dic.GenericAccountIdentification1;
import com.prowidesoftware.swift.model.mx.dic.GenericFinancialIdentification1;
import com.prowidesoftware.swift.model.mx.dic.GroupHeader85;
import com.prowidesoftware.swift.model.mx.dic.PartyIdentification135;
import com.prowidesoftware.swift.model.mx.dic.PaymentIdentification6;
import com.prowidesoftware.swift.model.mx.dic.PaymentInstruction30;
import com.prowidesoftware.swift.model.mx.dic.PaymentMethod3Code;
import com.prowidesoftware.swift.model.mx.dic.PostalAddress24;
import com.prowidesoftware.swift.model.mx.dic.RemittanceInformation16;
import org.usrok.fund.payout.AccountScheme;
import org.usrok.fund.payout.PayoutAccountRules;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.shared.Sha256;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The payment files of one disbursement batch: the ISO 20022 pain.001.001.09 credit transfer
 * initiation (built with the Prowide ISO 20022 model, one payment information block per file, so
 * one file per batch and currency) and the CSV remittance report for people.
 *
 * <p>Rules: amounts are exact (minor units written with the currency's decimals: USD 2, KRW 0);
 * the control sums and transaction counts are computed from the transfers and checked again in the
 * written file; the file is validated ({@link Pain001Validation}) before it is returned, and an
 * invalid one is refused with {@link PaymentFileRejectedException}, never handed out. References
 * (message id, end-to-end ids, account and bank identifiers) are never shortened: too long is
 * refused. Names and remittance text are cut to the 140 characters pain.001 allows, by code point,
 * after control characters are replaced by spaces, so the cut is the same every time. The same
 * request always gives the same bytes.
 */
public final class PaymentFiles {

    /** The media type of a pain.001 file. */
    public static final String PAIN001_MEDIA_TYPE = "application/xml";
    /** The media type of the remittance report. */
    public static final String CSV_MEDIA_TYPE = "text/csv";

    /** The clearing system code of the U.S. ABA routing number (ISO 20022 external code list). */
    static final String US_ABA_CLEARING_CODE = "USABA";
    /** The proprietary clearing system name written with a Korean bank code (no ISO code exists). */
    static final String KR_BANK_CLEARING_PROPRIETARY = "KFTC";

    static final int MAX_TEXT_140 = 140;
    static final int MAX_TEXT_35 = 35;
    static final int MAX_ACCOUNT_34 = 34;

    static final Pattern BIC = Pattern.compile("[A-Z0-9]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?");
    /** pain.001's IBAN2007Identifier pattern: ASCII letters and digits only, as written, no spaces. */
    private static final Pattern ABA_ROUTING = Pattern.compile("[0-9]{9}");
    private static final Pattern KR_BANK_CODE = Pattern.compile("[0-9]{3}");
    private static final Pattern ACCOUNT_NUMBER = Pattern.compile("[0-9A-Za-z-]{1,34}");

    private PaymentFiles() {
    }

    /**
     * The pain.001.001.09 file of the request, validated.
     *
     * @throws PaymentFileRejectedException naming the field or element when the request or the file is invalid
     */
    public static GeneratedFile pain001(PaymentFileRequest request) {
        long controlSum = checkRequest(request);
        MxPain00100109 message = message(request, controlSum);
        byte[] xml = Pain001Validation.marshal(message);
        Pain001Validation.validate(xml, request.currency(), request.transfers().size(), controlSum);
        return new GeneratedFile(request.messageId() + ".pain001.xml", PAIN001_MEDIA_TYPE, xml, Sha256.hex(xml),
                request.transfers().size(), controlSum);
    }

    /**
     * Checks a pain.001 file (one this class wrote, for example the copy stored with a batch) as
     * {@link #pain001} checks it before returning it: schema, facets, and that its transaction
     * count and control sums equal the given ones.
     *
     * @param expectedCount    the number of payments the file must hold
     * @param expectedSumMinor the total it must carry, in minor units (the ledger's amount)
     * @throws PaymentFileRejectedException naming the element and the broken rule
     */
    public static void validatePain001(byte[] content, CurrencyCode currency, int expectedCount, long expectedSumMinor) {
        if (content == null || currency == null) {
            throw new PaymentFileRejectedException("pain.001", "missing");
        }
        Pain001Validation.validate(content, currency, expectedCount, expectedSumMinor);
    }

    /**
     * The CSV remittance report of the request (RFC 4180, UTF-8 with a byte order mark so that
     * spreadsheet programs read Korean names right, CRLF line ends): a header, one row per transfer
     * with the account masked to its last four characters, and a totals row.
     *
     * @throws PaymentFileRejectedException naming the field when the request is invalid
     */
    public static GeneratedFile remittanceCsv(PaymentFileRequest request) {
        long controlSum = checkRequest(request);
        byte[] csv = RemittanceReport.write(request, controlSum);
        return new GeneratedFile(request.messageId() + ".remittance.csv", CSV_MEDIA_TYPE, csv, Sha256.hex(csv),
                request.transfers().size(), controlSum);
    }

    /** The amount of minor units as the decimal a file shows: exact, with the currency's decimals. */
    static BigDecimal decimal(long minor, CurrencyCode currency) {
        return BigDecimal.valueOf(minor, currency.minorUnits());
    }

    /** Free text as a file may carry it: control characters become spaces, trimmed, cut to {@code max} code points. */
    static String text(String value, int max) {
        if (value == null) {
            return null;
        }
        StringBuilder clean = new StringBuilder(value.length());
        value.codePoints().forEach(cp -> clean.appendCodePoint(Character.isISOControl(cp) ? ' ' : cp));
        String trimmed = clean.toString().strip();
        if (trimmed.codePointCount(0, trimmed.length()) <= max) {
            return trimmed;
        }
        return trimmed.substring(0, trimmed.offsetByCodePoints(0, max)).strip();
    }

    private static long checkRequest(PaymentFileRequest request) {
        if (request == null) {
            throw new PaymentFileRejectedException("request", "missing");
        }
        reference("messageId", request.messageId());
        required("createdAt", request.createdAt());
        required("requestedExecutionDate", request.requestedExecutionDate());
        required("currency", request.currency());
        name("debtorName", request.debtorName());
        account("debtorAccountIdentifier", request.debtorAccountIdentifier());
        bic("debtorAgentBic", request.debtorAgentBic(), true);
        List<CreditTransfer> transfers = request.transfers();
        if (transfers == null || transfers.isEmpty()) {
            throw new PaymentFileRejectedException("transfers", "a payment file needs at least one transfer");
        }
        Set<String> endToEndIds = new HashSet<>();
        long sum = 0;
        for (int i = 0; i < transfers.size(); i++) {
            CreditTransfer transfer = transfers.get(i);
            String at = "transfers[" + i + "]";
            if (transfer == null) {
                throw new PaymentFileRejectedException(at, "missing");
            }
            reference(at + ".endToEndId", transfer.endToEndId());
            if (!endToEndIds.add(transfer.endToEndId())) {
                throw new PaymentFileRejectedException(at + ".endToEndId",
                        "the end-to-end id " + transfer.endToEndId() + " appears twice");
            }
            if (transfer.amountMinor() <= 0) {
                throw new PaymentFileRejectedException(at + ".amountMinor",
                        "an amount must be positive, not " + transfer.amountMinor());
            }
            try {
                sum = Math.addExact(sum, transfer.amountMinor());
            } catch (ArithmeticException overflow) {
                throw new PaymentFileRejectedException("transfers", "the control sum is too large");
            }
            name(at + ".creditorName", transfer.creditorName());
            creditorAccount(at, transfer);
        }
        if (decimal(sum, request.currency()).precision() > 18) {
            throw new PaymentFileRejectedException("transfers", "the control sum has more than 18 digits");
        }
        return sum;
    }

    private static void creditorAccount(String at, CreditTransfer transfer) {
        required(at + ".scheme", transfer.scheme());
        bic(at + ".bic", transfer.bic(), false);
        switch (transfer.scheme()) {
            case IBAN -> {
                if (!isIban(transfer.accountIdentifier())) {
                    throw new PaymentFileRejectedException(at + ".accountIdentifier",
                            "not a valid IBAN (country format or check digits)");
                }
            }
            case US_ABA -> {
                identifier(at + ".bankIdentifier", transfer.bankIdentifier(), ABA_ROUTING, "a 9-digit ABA routing number");
                account(at + ".accountIdentifier", transfer.accountIdentifier());
            }
            case KR_BANK -> {
                identifier(at + ".bankIdentifier", transfer.bankIdentifier(), KR_BANK_CODE, "a 3-digit Korean bank code");
                account(at + ".accountIdentifier", transfer.accountIdentifier());
            }
        }
    }

    private static void required(String field, Object value) {
        if (value == null) {
            throw new PaymentFileRejectedException(field, "missing");
        }
    }

    private static void reference(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new PaymentFileRejectedException(field, "missing");
        }
        if (value.length() > MAX_TEXT_35 || !value.equals(value.strip())
                || value.codePoints().anyMatch(cp -> cp > 0x7E || cp < 0x20)) {
            throw new PaymentFileRejectedException(field,
                    "a reference has 1 to 35 printable ASCII characters without surrounding spaces, not \"" + value + "\"");
        }
    }

    private static void name(String field, String value) {
        String written = text(value, MAX_TEXT_140);
        if (written == null || written.isEmpty()) {
            throw new PaymentFileRejectedException(field, "missing");
        }
    }

    private static void account(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new PaymentFileRejectedException(field, "missing");
        }
        if (!isIban(value)) {
            identifier(field, value, ACCOUNT_NUMBER, "an IBAN or an account number of 1 to 34 letters, digits or hyphens");
        }
    }

    private static void identifier(String field, String value, Pattern pattern, String expected) {
        if (value == null || !pattern.matcher(value).matches()) {
            throw new PaymentFileRejectedException(field, "expected " + expected + ", not \"" + value + "\"");
        }
    }

    private static void bic(String field, String value, boolean required) {
        if (value == null && !required) {
            return;
        }
        if (value == null || !BIC.matcher(value).matches()) {
            throw new PaymentFileRejectedException(field, "expected a BIC of 8 or 11 characters, not \"" + value + "\"");
        }
    }

    private static MxPain00100109 message(PaymentFileRequest request, long controlSum) {
        CurrencyCode currency = request.currency();
        String count = Integer.toString(request.transfers().size());
        BigDecimal sum = decimal(controlSum, currency);
        PartyIdentification135 fund = new PartyIdentification135().setNm(text(request.debtorName(), MAX_TEXT_140));

        GroupHeader85 header = new GroupHeader85()
                .setMsgId(request.messageId())
                .setCreDtTm(request.createdAt().truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC))
                .setNbOfTxs(count)
                .setCtrlSum(sum)
                .setInitgPty(fund);

        PaymentInstruction30 instruction = new PaymentInstruction30()
                .setPmtInfId(request.messageId())
                .setPmtMtd(PaymentMethod3Code.TRF)
                .setBtchBookg(Boolean.TRUE)
                .setNbOfTxs(count)
                .setCtrlSum(sum)
                .setReqdExctnDt(new DateAndDateTime2Choice().setDt(request.requestedExecutionDate()))
                .setDbtr(new PartyIdentification135().setNm(text(request.debtorName(), MAX_TEXT_140)))
                .setDbtrAcct(new CashAccount38().setId(accountId(request.debtorAccountIdentifier())).setCcy(currency.name()))
                .setDbtrAgt(agent(new FinancialInstitutionIdentification18().setBICFI(request.debtorAgentBic())));
        for (CreditTransfer transfer : request.transfers()) {
            instruction.getCdtTrfTxInf().add(transaction(transfer, currency));
        }

        CustomerCreditTransferInitiationV09 initiation = new CustomerCreditTransferInitiationV09().setGrpHdr(header);
        initiation.getPmtInf().add(instruction);
        return new MxPain00100109().setCstmrCdtTrfInitn(initiation);
    }

    private static CreditTransferTransaction34 transaction(CreditTransfer transfer, CurrencyCode currency) {
        CreditTransferTransaction34 transaction = new CreditTransferTransaction34()
                .setPmtId(new PaymentIdentification6().setEndToEndId(transfer.endToEndId()))
                .setAmt(new AmountType4Choice().setInstdAmt(new ActiveOrHistoricCurrencyAndAmount()
                        .setValue(decimal(transfer.amountMinor(), currency)).setCcy(currency.name())))
                .setCdtrAgt(creditorAgent(transfer))
                .setCdtr(new PartyIdentification135().setNm(text(transfer.creditorName(), MAX_TEXT_140)))
                .setCdtrAcct(new CashAccount38().setId(transfer.scheme() == AccountScheme.IBAN
                        ? new AccountIdentification4Choice().setIBAN(transfer.accountIdentifier())
                        : otherAccount(transfer.accountIdentifier())));
        String remittance = text(transfer.remittanceText(), MAX_TEXT_140);
        if (remittance != null && !remittance.isEmpty()) {
            RemittanceInformation16 information = new RemittanceInformation16();
            information.getUstrd().add(remittance);
            transaction.setRmtInf(information);
        }
        return transaction;
    }

    private static BranchAndFinancialInstitutionIdentification6 creditorAgent(CreditTransfer transfer) {
        FinancialInstitutionIdentification18 institution = new FinancialInstitutionIdentification18();
        if (transfer.bic() != null) {
            institution.setBICFI(transfer.bic());
        } else if (transfer.scheme() == AccountScheme.US_ABA) {
            institution.setClrSysMmbId(new ClearingSystemMemberIdentification2()
                    .setClrSysId(new ClearingSystemIdentification2Choice().setCd(US_ABA_CLEARING_CODE))
                    .setMmbId(transfer.bankIdentifier()));
        } else if (transfer.scheme() == AccountScheme.KR_BANK) {
            institution.setClrSysMmbId(new ClearingSystemMemberIdentification2()
                    .setClrSysId(new ClearingSystemIdentification2Choice().setPrtry(KR_BANK_CLEARING_PROPRIETARY))
                    .setMmbId(transfer.bankIdentifier()));
        } else {
            institution.setOthr(new GenericFinancialIdentification1().setId("NOTPROVIDED"));
        }
        if (transfer.bankCountry() != null) {
            institution.setPstlAdr(new PostalAddress24().setCtry(transfer.bankCountry().name()));
        }
        return agent(institution);
    }

    private static BranchAndFinancialInstitutionIdentification6 agent(FinancialInstitutionIdentification18 institution) {
        return new BranchAndFinancialInstitutionIdentification6().setFinInstnId(institution);
    }

    /** Whether a value is a valid IBAN in electronic form: the same check as a payout account's. */
    static boolean isIban(String value) {
        return PayoutAccountRules.isIban(value);
    }

    private static AccountIdentification4Choice accountId(String identifier) {
        return isIban(identifier) ? new AccountIdentification4Choice().setIBAN(identifier) : otherAccount(identifier);
    }

    private static AccountIdentification4Choice otherAccount(String identifier) {
        return new AccountIdentification4Choice().setOthr(new GenericAccountIdentification1().setId(identifier));
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
