package org.usrok.fund.web.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import org.usrok.fund.security.Role;

import java.security.Principal;

/** The signed-in user, for the menu: which sections to show. The services check again on every call. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext securityContext;

    public boolean isSignedIn() {
        return securityContext.getCallerPrincipal() != null;
    }

    public String getName() {
        Principal principal = securityContext.getCallerPrincipal();
        return principal == null ? "" : principal.getName();
    }

    public boolean isCompany() {
        return securityContext.isCallerInRole(Role.COMPANY_NAME);
    }

    public boolean isOfficer() {
        return securityContext.isCallerInRole(Role.OFFICER_US_NAME) || securityContext.isCallerInRole(Role.OFFICER_KR_NAME);
    }

    public boolean isAuditor() {
        return securityContext.isCallerInRole(Role.AUDITOR_NAME);
    }

    public boolean isAdmin() {
        return securityContext.isCallerInRole(Role.ADMIN_NAME);
    }

    /** Officers, auditors and administrators see the list of all companies. */
    public boolean isCompanyReader() {
        return isOfficer() || isAuditor() || isAdmin();
    }

    /** Auditors and officers read the ledger; administrators and companies do not. */
    public boolean isLedgerReader() {
        return isOfficer() || isAuditor();
    }

    /** Auditors, officers and administrators read the audit trail. */
    public boolean isAuditReader() {
        return isOfficer() || isAuditor() || isAdmin();
    }

    public String getRoleKey() {
        for (Role role : Role.values()) {
            if (securityContext.isCallerInRole(role.name())) {
                return "role." + role.name();
            }
        }
        return "role.none";
    }
}
