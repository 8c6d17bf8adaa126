package org.usrok.fund.web.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.render.ResponseStateManager;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.usrok.fund.web.security.FundAuthenticationMechanism;
import org.usrok.fund.web.security.ReturnTarget;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The sign-in form and sign-out. A protected page opened while signed out arrives here with
 * {@code ?next=}; the form keeps it, says why sign-in is needed, and opens that page afterwards.
 */
@Named
@RequestScoped
public class LoginView {

    @Inject
    SecurityContext securityContext;

    @Inject
    FacesContext faces;

    private String username;
    private String password;
    private String next;

    public String login() {
        if (blank(username) || blank(password)) {
            Messages.global(faces, FacesMessage.SEVERITY_ERROR, "login.failed");
            return null;
        }
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = securityContext.authenticate(
                (HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(username.strip(), new Password(password)))
                        .newAuthentication(true));
        return switch (status) {
            case SUCCESS -> {
                var target = ReturnTarget.sanitize(next);
                if (target.isEmpty()) {
                    yield "/index.xhtml?faces-redirect=true";
                }
                returnTo(target.get());
                yield null;
            }
            case SEND_CONTINUE -> {
                faces.responseComplete();
                yield null;
            }
            default -> {
                boolean locked = external.getRequestMap().get(FundAuthenticationMechanism.SIGN_IN_LOCKED) != null;
                Messages.global(faces, FacesMessage.SEVERITY_ERROR, locked ? "login.locked" : "login.failed");
                yield null;
            }
        };
    }

    public String logout() throws ServletException {
        ExternalContext external = faces.getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        return "/login.xhtml?faces-redirect=true";
    }

    /**
     * True when a protected page other than the start page sent the user here: the page then says
     * so (signing in leads to the start page anyway, so that one was not "asked for").
     */
    public boolean isReturning() {
        return ReturnTarget.sanitize(next).filter(t -> !ReturnTarget.isStartPage(t)).isPresent();
    }

    /**
     * Redirects to the page asked for before signing in. A protected view gets the session's
     * token that the portal's own links carry (a bookmark has none).
     */
    private void returnTo(String target) {
        ExternalContext external = faces.getExternalContext();
        int query = target.indexOf('?');
        String path = query < 0 ? target : target.substring(0, query);
        String url = external.getRequestContextPath() + target;
        ViewHandler views = faces.getApplication().getViewHandler();
        if (views.getProtectedViewsUnmodifiable().contains(path)) {
            // the token comes URL-encoded already
            url += (query < 0 ? "?" : "&") + ResponseStateManager.NON_POSTBACK_VIEW_TOKEN_PARAM + "="
                    + faces.getRenderKit().getResponseStateManager().getCryptographicallyStrongTokenFromSession(faces);
        }
        try {
            external.redirect(url);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
