package org.usrok.fund.web.disbursement;

import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;
import org.usrok.fund.disbursement.BatchDetails;
import org.usrok.fund.disbursement.BatchStatus;
import org.usrok.fund.disbursement.DisbursementService;
import org.usrok.fund.disbursement.FileKind;
import org.usrok.fund.disbursement.FourEyesException;
import org.usrok.fund.disbursement.PaymentLine;
import org.usrok.fund.disbursement.PaymentOutcome;
import org.usrok.fund.disbursement.PaymentStatus;
import org.usrok.fund.disbursement.RecordPaymentStatus;
import org.usrok.fund.disbursement.StatusFileInvalidException;
import org.usrok.fund.security.Actor;
import org.usrok.fund.security.CurrentActor;
import org.usrok.fund.security.Role;
import org.usrok.fund.shared.BusinessRuleException;
import org.usrok.fund.shared.CountryCode;
import org.usrok.fund.shared.CurrencyCode;
import org.usrok.fund.web.export.TableExports;
import org.usrok.fund.web.i18n.LocalizedMessages;
import org.usrok.fund.web.portal.FieldIds;
import org.usrok.fund.web.portal.Messages;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One disbursement batch: totals per payment status, payments (company, masked account, amount,
 * end-to-end reference, status, hold or return reason), skipped companies, the stored files as
 * downloads, the ledger entry; for officers of the paying government release (never by the
 * preparer), cancellation with a reason, a status form per released payment and the import of the
 * bank's status file. Auditors read and download. The service decides every action; a refusal is
 * a message (beside the field it names), and the page then shows the batch as it now is.
 */
@Named
@ViewScoped
public class BatchView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String BATCH_FORM = "batchForm";
    static final String STATUS_FORM = "statusForm";
    static final String IMPORT_FORM = "importForm";
    static final FieldIds BATCH_FIELDS = new FieldIds(BATCH_FORM, "", Set.of("reason"), Set.of());
    static final FieldIds STATUS_FIELDS = new FieldIds(STATUS_FORM, "", Set.of("status", "date", "bankReference",
            "reason"), Set.of());
    static final FieldIds IMPORT_FIELDS = new FieldIds(IMPORT_FORM, "", Set.of(), Set.of());
    /** The largest status file the page reads; the service takes up to a million characters. */
    static final long MAX_STATUS_FILE = 1_000_000;

    @Inject
    DisbursementService disbursements;

    @Inject
    TableExports exports;

    @Inject
    CurrentActor currentActor;

    @Inject
    Messages messages;

    private Long id;
    private String username;
    private CountryCode government;
    private boolean fileReader;
    private BatchDetails batch;
    private String cancelReason;

    private Long paymentId;
    private PaymentOutcome outcome = PaymentOutcome.PAID;
    private LocalDate statusDate;
    private String bankReference;
    private String statusReason;

    private UploadedFile statusFile;
    private List<String> importProblems = List.of();

    public void load() {
        Actor actor = currentActor.get();
        username = actor.username();
        government = actor.isOfficerOf(CountryCode.US) ? CountryCode.US
                : actor.isOfficerOf(CountryCode.KR) ? CountryCode.KR : null;
        fileReader = government != null || FacesContext.getCurrentInstance().getExternalContext()
                .isUserInRole(Role.AUDITOR_NAME);
        if (id == null) {
            return;
        }
        try {
            batch = disbursements.get(id);
        } catch (BusinessRuleException e) {
            messages.rule(FacesContext.getCurrentInstance(), BATCH_FIELDS, e);
        }
    }

    public void release() {
        act(() -> disbursements.release(batch.id(), batch.version()), "done.disbursement.released");
    }

    public void cancel() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (cancelReason == null || cancelReason.isBlank()) {
            Messages.field(faces, BATCH_FORM + ":reason", "disbursement.cancelReason.required");
            return;
        }
        act(() -> disbursements.cancel(batch.id(), batch.version(), cancelReason), "done.disbursement.cancelled");
    }

    private void act(Supplier<BatchDetails> action, String doneKey) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            batch = action.get();
            cancelReason = null;
            Messages.global(faces, FacesMessage.SEVERITY_INFO, doneKey, batch.id());
        } catch (ConstraintViolationException e) {
            messages.violations(faces, BATCH_FIELDS, e);
        } catch (BusinessRuleException e) {
            messages.rule(faces, BATCH_FIELDS, e);
            reload();
        } catch (EJBException e) {
            messages.failure(faces, e);
            reload();
        }
    }

    /** Opens the status form for one released payment. */
    public void choosePayment(long chosen) {
        paymentId = chosen;
        outcome = PaymentOutcome.PAID;
        statusDate = LocalDate.now(ZoneOffset.UTC);
        bankReference = null;
        statusReason = null;
    }

    public void closeStatusForm() {
        paymentId = null;
    }

    /** Records what the bank reported for the chosen payment. */
    public void recordStatus() {
        FacesContext faces = FacesContext.getCurrentInstance();
        PaymentLine payment = getChosenPayment();
        if (payment == null) {
            return;
        }
        boolean missing = false;
        if (outcome == null) {
            Messages.field(faces, STATUS_FORM + ":status", "payment.status.required");
            missing = true;
        }
        if (statusDate == null) {
            Messages.field(faces, STATUS_FORM + ":date", "payment.date.required");
            missing = true;
        }
        if (missing) {
            return;
        }
        try {
            PaymentLine recorded = disbursements.recordStatus(payment.id(), new RecordPaymentStatus(outcome,
                    statusDate, bankReference, statusReason, payment.version()));
            batch = disbursements.get(batch.id());
            paymentId = null;
            Messages.global(faces, FacesMessage.SEVERITY_INFO, "done.payment.recorded", recorded.endToEndId(),
                    LocalizedMessages.label(faces.getViewRoot().getLocale(), "paymentStatus." + recorded.status()));
        } catch (ConstraintViolationException e) {
            messages.violations(faces, STATUS_FIELDS, e);
        } catch (BusinessRuleException e) {
            messages.rule(faces, STATUS_FIELDS, e);
            reload();
        } catch (EJBException e) {
            messages.failure(faces, e);
            reload();
        }
    }

    /** Records the bank's status file (CSV) all or nothing; every wrong line is listed with its number. */
    public void importStatusFile() {
        FacesContext faces = FacesContext.getCurrentInstance();
        importProblems = List.of();
        if (statusFile == null || statusFile.getSize() == 0) {
            Messages.field(faces, IMPORT_FORM + ":file", "disbursement.statusFile.required");
            return;
        }
        if (statusFile.getSize() > MAX_STATUS_FILE) {
            Messages.field(faces, IMPORT_FORM + ":file", "disbursement.statusFile.tooLarge");
            return;
        }
        String csv;
        try {
            csv = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(statusFile.getContent())).toString();
        } catch (CharacterCodingException e) {
            Messages.field(faces, IMPORT_FORM + ":file", "disbursement.statusFile.notText");
            return;
        }
        try {
            batch = disbursements.importStatusFile(batch.id(), csv);
            Messages.global(faces, FacesMessage.SEVERITY_INFO, "done.disbursement.statusFile", batch.id());
        } catch (StatusFileInvalidException e) {
            messages.rule(faces, IMPORT_FIELDS, e);
            List<String> lines = new ArrayList<>();
            var locale = faces.getViewRoot().getLocale();
            String pattern = LocalizedMessages.label(locale, "disbursement.statusFile.line");
            for (var problem : e.problems()) {
                lines.add(new java.text.MessageFormat(pattern, locale).format(new Object[] {problem.line(),
                        LocalizedMessages.error(locale, problem.messageKey(), problem.arguments())}));
            }
            importProblems = lines;
        } catch (ConstraintViolationException e) {
            messages.violations(faces, IMPORT_FIELDS, e);
        } catch (BusinessRuleException e) {
            messages.rule(faces, IMPORT_FIELDS, e);
            reload();
        } catch (EJBException e) {
            messages.failure(faces, e);
            reload();
        }
    }

    /** After a refusal: shows the batch as it now is when someone else changed it. */
    private void reload() {
        BatchDetails now = disbursements.get(batch.id());
        if (now.version() != batch.version() || !now.payments().equals(batch.payments())) {
            batch = now;
            Messages.global(FacesContext.getCurrentInstance(), FacesMessage.SEVERITY_INFO, "review.reloaded");
        }
    }

    public StreamedContent getPain001() {
        return download(FileKind.PAIN_001);
    }

    public StreamedContent getRemittance() {
        return download(FileKind.REMITTANCE_CSV);
    }

    /** The stored file exactly as generated, under its stored name. */
    private StreamedContent download(FileKind kind) {
        var file = disbursements.file(batch.id(), kind);
        return DefaultStreamedContent.builder().name(file.fileName()).contentType(file.mediaType())
                .contentLength((long) file.content().length)
                .stream(() -> new ByteArrayInputStream(file.content())).build();
    }

    private boolean payingOfficer() {
        return batch != null && government != null && government == payingCountry(batch.currency());
    }

    private static CountryCode payingCountry(CurrencyCode currency) {
        return currency == CurrencyCode.USD ? CountryCode.US : CountryCode.KR;
    }

    /** Release is offered to an officer of the paying government on a prepared batch. */
    public boolean isCanRelease() {
        return payingOfficer() && batch.status() == BatchStatus.PREPARED && !isPreparer();
    }

    /** The release button is shown (disabled) to the preparer, with the four-eyes rule beside it. */
    public boolean isShowRelease() {
        return payingOfficer() && batch.status() == BatchStatus.PREPARED;
    }

    public boolean isPreparer() {
        return batch != null && username.equals(batch.preparedBy());
    }

    /** The four-eyes rule as the service words it, for the preparer. */
    public String getFourEyes() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return batch == null ? "" : LocalizedMessages.of(new FourEyesException(username, batch.id()),
                faces.getViewRoot().getLocale());
    }

    public boolean isCanCancel() {
        return payingOfficer() && batch.status() == BatchStatus.PREPARED;
    }

    /** Officers of the paying government record the bank's statuses of a released batch. */
    public boolean isCanRecord() {
        return payingOfficer() && batch.status() == BatchStatus.RELEASED;
    }

    public boolean recordable(PaymentLine payment) {
        return isCanRecord() && payment.status() == PaymentStatus.RELEASED;
    }

    /** Officers and auditors download the stored files. */
    public boolean isCanDownload() {
        return fileReader && batch != null && !batch.files().isEmpty();
    }

    public PaymentLine getChosenPayment() {
        if (paymentId == null || batch == null) {
            return null;
        }
        return batch.payments().stream().filter(p -> p.id() == paymentId).findFirst().orElse(null);
    }

    public PaymentOutcome[] getOutcomes() {
        return PaymentOutcome.values();
    }

    /** The batch's payments (all of them: the page lists them all), as CSV or XLSX. */
    public StreamedContent export(String format) {
        BatchDetails shown = batch;
        return exports.download("batch-" + shown.id() + "-payments", format, rows -> exports.<PaymentLine>columns()
                .number("export.col.id", PaymentLine::id)
                .text("export.col.company", PaymentLine::companyName)
                .text("export.col.holder", PaymentLine::holderName)
                .label("payment.account", "payment.scheme.", PaymentLine::scheme)
                .text("export.col.maskedAccount", PaymentLine::maskedAccount)
                .money("payment.amount", PaymentLine::amount)
                .text("payment.reference", PaymentLine::endToEndId)
                .label("payment.status", "paymentStatus.", PaymentLine::status)
                .date("payment.date", PaymentLine::statusDate)
                .text("payment.bankReference", PaymentLine::bankReference)
                .text("payment.reason", PaymentLine::statusReason)
                .number("payment.returnEntry", PaymentLine::returnLedgerSequence)
                .of(rows), () -> disbursements.get(shown.id()).payments());
    }

    public BatchDetails getBatch() {
        return batch;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }

    public PaymentOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(PaymentOutcome outcome) {
        this.outcome = outcome;
    }

    public LocalDate getStatusDate() {
        return statusDate;
    }

    public void setStatusDate(LocalDate statusDate) {
        this.statusDate = statusDate;
    }

    public String getBankReference() {
        return bankReference;
    }

    public void setBankReference(String bankReference) {
        this.bankReference = bankReference;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public void setStatusReason(String statusReason) {
        this.statusReason = statusReason;
    }

    public UploadedFile getStatusFile() {
        return statusFile;
    }

    public void setStatusFile(UploadedFile statusFile) {
        this.statusFile = statusFile;
    }

    public List<String> getImportProblems() {
        return importProblems;
    }
}
