package org.usrok.fund.web.portal;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ValidatorFactory;
import org.usrok.fund.shared.BusinessRuleException;
import org.usrok.fund.web.i18n.LocalizedMessages;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Puts service errors on the page in the user's language: a Bean Validation violation or a
 * business rule that names a field goes beside that field (component id {@code form:field}),
 * anything else at the top of the page.
 */
@ApplicationScoped
public class Messages {

    private LocalizedMessages localized;

    @Inject
    void init(ValidatorFactory validators) {
        localized = new LocalizedMessages(validators.getMessageInterpolator());
    }

    public static void global(FacesContext faces, FacesMessage.Severity severity, String labelKey, Object... args) {
        String pattern = LocalizedMessages.label(locale(faces), labelKey);
        String text = args.length == 0 ? pattern : new java.text.MessageFormat(pattern, locale(faces)).format(args);
        faces.addMessage(null, new FacesMessage(severity, text, text));
    }

    /** An error about one field, from the portal bundle, shown beside it (client id {@code form:field}). */
    public static void field(FacesContext faces, String clientId, String labelKey) {
        String text = LocalizedMessages.label(locale(faces), labelKey);
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        faces.validationFailed();
    }

    public void violations(FacesContext faces, String formId, Set<String> fields, ConstraintViolationException e) {
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            String field = LocalizedMessages.field(violation);
            String text = localized.of(violation, locale(faces));
            faces.addMessage(fields.contains(field) ? formId + ":" + field : null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        }
        faces.validationFailed();
    }

    public void rule(FacesContext faces, String formId, Set<String> fields, BusinessRuleException e) {
        String text = LocalizedMessages.of(e, locale(faces));
        String clientId = e.field() != null && fields.contains(e.field()) ? formId + ":" + e.field() : null;
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        faces.validationFailed();
    }

    /** Violations beside the inputs {@code ids} maps their paths to (rows of tables included). */
    public void violations(FacesContext faces, FieldIds ids, ConstraintViolationException e) {
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            String text = localized.of(violation, locale(faces));
            faces.addMessage(ids.clientId(LocalizedMessages.path(violation)),
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        }
        faces.validationFailed();
    }

    /** A business rule beside the input {@code ids} maps its field to, else at the top of the page. */
    public void rule(FacesContext faces, FieldIds ids, BusinessRuleException e) {
        String text = LocalizedMessages.of(e, locale(faces));
        faces.addMessage(ids.clientId(e.field()), new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        faces.validationFailed();
    }

    /**
     * A refusal of the container rather than of a rule: an optimistic-lock failure at commit (another
     * officer acted first) becomes the concurrent-change message; anything else is not the page's to
     * explain and is thrown on.
     */
    public void failure(FacesContext faces, EJBException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException) {
                String text = LocalizedMessages.error(locale(faces), "error.concurrentChangeGeneric", List.of());
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
                faces.validationFailed();
                return;
            }
        }
        throw e;
    }

    static Locale locale(FacesContext faces) {
        return faces.getViewRoot() == null ? Locale.ENGLISH : faces.getViewRoot().getLocale();
    }
}
