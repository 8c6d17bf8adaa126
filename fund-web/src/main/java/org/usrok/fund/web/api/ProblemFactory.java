package org.usrok.fund.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ValidatorFactory;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.usrok.fund.shared.BusinessRuleException;
import org.usrok.fund.web.i18n.LocalizedMessages;
import org.usrok.fund.web.i18n.SupportedLanguage;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Builds problem responses in the caller's language (Accept-Language: en or ko). */
@ApplicationScoped
public class ProblemFactory {

    private LocalizedMessages messages;

    @Inject
    void init(ValidatorFactory validators) {
        messages = new LocalizedMessages(validators.getMessageInterpolator());
    }

    /** For unit tests, without a container. */
    public static ProblemFactory with(LocalizedMessages messages) {
        ProblemFactory factory = new ProblemFactory();
        factory.messages = messages;
        return factory;
    }

    /** The caller's language from Accept-Language: Korean or English. */
    public static Locale locale(HttpHeaders headers) {
        return headers == null ? SupportedLanguage.ENGLISH : locale(headers.getAcceptableLanguages());
    }

    static Locale locale(List<Locale> acceptable) {
        return SupportedLanguage.choose(acceptable);
    }

    /** The request path, for a problem's {@code instance}. */
    public static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getPath();
    }

    public static Response.StatusType statusOf(BusinessRuleException e) {
        return switch (e.kind()) {
            case NOT_FOUND -> Response.Status.NOT_FOUND;
            case FORBIDDEN -> Response.Status.FORBIDDEN;
            case CONFLICT -> Response.Status.CONFLICT;
            case UNPROCESSABLE -> new UnprocessableContent();
        };
    }

    public Problem businessRule(BusinessRuleException e, Locale locale) {
        Response.StatusType status = statusOf(e);
        String detail = LocalizedMessages.of(e, locale);
        Problem problem = Problem.of(e.ruleName(), status.getReasonPhrase(), status, detail);
        return e.field() == null ? problem : problem.withViolations(List.of(new Problem.Violation(e.field(), detail)));
    }

    public Problem validation(Set<? extends ConstraintViolation<?>> violations, Locale locale) {
        List<Problem.Violation> list = violations.stream()
                .map(v -> new Problem.Violation(LocalizedMessages.field(v), messages.of(v, locale)))
                .sorted(Comparator.comparing(Problem.Violation::field, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(Problem.Violation::message))
                .toList();
        return Problem.of("validation", "Bad Request", Response.Status.BAD_REQUEST,
                LocalizedMessages.error(locale, "error.validation", List.of())).withViolations(list);
    }

    public Problem simple(String type, Response.StatusType status, Locale locale, String messageKey, Object... args) {
        return Problem.of(type, status.getReasonPhrase(), status, LocalizedMessages.error(locale, messageKey, List.of(args)));
    }

    /** HTTP 422, which JAX-RS 3.1 has no constant for. */
    public static final class UnprocessableContent implements Response.StatusType {
        @Override
        public int getStatusCode() {
            return 422;
        }

        @Override
        public Response.Status.Family getFamily() {
            return Response.Status.Family.CLIENT_ERROR;
        }

        @Override
        public String getReasonPhrase() {
            return "Unprocessable Content";
        }
    }
}
