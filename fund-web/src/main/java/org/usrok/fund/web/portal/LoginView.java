package org.usrok.fund.web.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
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

/** The sign-in form and sign-out. */
@Named
@RequestScoped
public class LoginView {

    @Inject
    SecurityContext securityContext;

    @Inject
    FacesContext faces;

    private String username;
    private String password;

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
            case SUCCESS -> "/index.xhtml?faces-redirect=true";
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

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
