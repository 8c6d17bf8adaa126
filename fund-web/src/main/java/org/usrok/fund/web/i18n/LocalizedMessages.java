package org.usrok.fund.web.i18n;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.ValidationException;
import jakarta.validation.metadata.ConstraintDescriptor;
import org.usrok.fund.shared.BusinessRuleException;
import org.usrok.fund.shared.RuleMessages;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Turns business-rule exceptions and Bean Validation violations into sentences in the reader's
 * language. Violations are interpolated again for the reader's locale, since the service that
 * validated them does not know who reads the answer.
 */
public final class LocalizedMessages {

    static final String ERRORS = "org.usrok.fund.shared.ErrorMessages";

    private final MessageInterpolator interpolator;

    public LocalizedMessages(MessageInterpolator interpolator) {
        this.interpolator = interpolator;
    }

    /** A message of the error bundle, with its arguments; arguments that name a term are translated. */
    public static String error(Locale locale, String key, List<?> arguments) {
        return RuleMessages.text(locale, key, arguments);
    }

    public static String of(BusinessRuleException e, Locale locale) {
        return error(locale, e.messageKey(), e.arguments());
    }

    /** The violation's message in the given language; falls back to the validator's own text. */
    public String of(ConstraintViolation<?> violation, Locale locale) {
        try {
            return interpolator.interpolate(violation.getMessageTemplate(), new ViolationContext(violation), locale);
        } catch (ValidationException e) {
            return violation.getMessage();
        }
    }

    /**
     * The input field a violation is about: the last named node of its path, skipping the method
     * and parameter nodes of a service call (e.g. {@code register.command.legalName} -> {@code legalName}).
     */
    public static String field(ConstraintViolation<?> violation) {
        String field = null;
        boolean afterParameter = false;
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case PARAMETER -> {
                    field = node.getName();
                    afterParameter = true;
                }
                case PROPERTY, CONTAINER_ELEMENT -> {
                    if (node.getName() != null) {
                        field = field == null || afterParameter ? node.getName() : field + "." + node.getName();
                        afterParameter = false;
                    }
                }
                default -> { }
            }
        }
        return field;
    }

    /**
     * The violation's path below the service method and its parameter, with list indices
     * ({@code plan.currentSources[0].supplier}, {@code lines[1].description}); empty for the
     * parameter itself.
     */
    public static String path(ConstraintViolation<?> violation) {
        StringBuilder out = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() != ElementKind.PROPERTY && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                continue;
            }
            if (node.isInIterable() && !out.isEmpty()) {
                out.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (node.getName() != null && !node.getName().startsWith("<")) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(node.getName());
            }
        }
        return out.toString();
    }

    private record ViolationContext(ConstraintViolation<?> violation) implements MessageInterpolator.Context, Serializable {

        @Override
        public ConstraintDescriptor<?> getConstraintDescriptor() {
            return violation.getConstraintDescriptor();
        }

        @Override
        public Object getValidatedValue() {
            return violation.getInvalidValue();
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            throw new ValidationException("No provider-specific context for " + type.getName());
        }
    }

    /** A label of the portal's bundle. */
    public static String label(Locale locale, String key) {
        try {
            return ResourceBundle.getBundle("org.usrok.fund.web.i18n.messages", locale).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
