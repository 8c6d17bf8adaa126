package org.usrok.fund.web.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import org.usrok.fund.security.UserAccountService;

import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The zone the signed-in user reads times in (their profile's, else their country's), asked of
 * the account service once per request; UTC before sign-in.
 */
@Named
@RequestScoped
public class ViewerZone {

    @Inject
    SecurityContext securityContext;

    @Inject
    UserAccountService users;

    private ZoneId zone;

    public ZoneId get() {
        if (zone == null) {
            zone = securityContext.getCallerPrincipal() == null ? ZoneOffset.UTC : users.ownTimeZone();
        }
        return zone;
    }

    /** The user has just chosen another zone: the rest of this request shows times in it. */
    public void changed(ZoneId chosen) {
        zone = chosen;
    }
}
