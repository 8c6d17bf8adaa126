package org.usrok.fund.persistence;

import jakarta.ejb.EJBContext;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import org.usrok.fund.shared.Clock;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.security.Principal;

/** Stamps {@link AuditColumns} with the calling principal of the current EJB invocation. */
public class AuditColumnsListener {

    static final String SYSTEM = "system";

    @PrePersist
    void onCreate(AuditColumns entity) {
        entity.markCreated(Clock.now(), caller());
    }

    @PreUpdate
    void onUpdate(AuditColumns entity) {
        entity.markUpdated(Clock.now(), caller());
    }

    private static String caller() {
        try {
            EJBContext context = (EJBContext) new InitialContext().lookup("java:comp/EJBContext");
            Principal principal = context.getCallerPrincipal();
            return principal == null ? SYSTEM : principal.getName();
        } catch (NamingException | IllegalStateException e) {
            return SYSTEM;
        }
    }
}
