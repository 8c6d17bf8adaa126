package org.usrok.fund.audit;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import org.usrok.fund.shared.BusinessRuleException;
import org.usrok.fund.shared.ConcurrentChangeException;
import org.usrok.fund.shared.RuleKind;
import org.usrok.fund.shared.RuleMessages;

import java.io.Serializable;
import java.lang.reflect.Method;
import java.util.logging.Logger;

/**
 * Audits refused attempts on the methods marked {@link RecordsRefusals}. When a business rule
 * refuses the call, it writes a {@code REFUSED} record (caller, action, target, the rule's name
 * and English message) through {@link AuditTrail#recordRefusal}, in a transaction of its own
 * because the call's transaction rolls back, logs the refusal once on one line without a stack
 * trace (it is an expected outcome, not a failure), and rethrows the exception unchanged.
 * <p>
 * Rules:
 * <ul>
 *   <li>only refusals of rules about money and governance are recorded: not input validation
 *   ({@link BusinessRuleException#isInputValidation()}), not an unknown entity
 *   ({@link RuleKind#NOT_FOUND}) and not a lost race ({@link ConcurrentChangeException}), which
 *   refuse nothing the caller meant to do;</li>
 *   <li>one refusal, one record: when a marked method calls another, only the outermost call,
 *   the one the user made, records it;</li>
 *   <li>a refusal the method catches itself is no refusal and is not recorded.</li>
 * </ul>
 * Role checks ({@code @RolesAllowed}) run before any interceptor, so a caller without the role is
 * refused by the container with a 403 and no record.
 */
@RecordsRefusals
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class RefusalAuditInterceptor implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(RefusalAuditInterceptor.class.getName());

    /** How many marked calls are under way on this thread; only the outermost records. */
    private static final ThreadLocal<Integer> DEPTH = new ThreadLocal<>();

    @Inject
    AuditTrail audit;

    /** {@code throws Exception} because {@link InvocationContext#proceed} does; this adds none of its own. */
    @AroundInvoke
    public Object recordRefusals(InvocationContext invocation) throws Exception {
        Integer outer = DEPTH.get();
        DEPTH.set(outer == null ? 1 : outer + 1);
        try {
            return invocation.proceed();
        } catch (BusinessRuleException refusal) {
            if (outer == null && audited(refusal)) {
                record(invocation, refusal);
            }
            throw refusal;
        } finally {
            if (outer == null) {
                DEPTH.remove();
            } else {
                DEPTH.set(outer);
            }
        }
    }

    private void record(InvocationContext invocation, BusinessRuleException refusal) {
        RecordsRefusals marker = marker(invocation.getMethod());
        String target = RefusalTarget.id(invocation.getParameters(), marker.idComponent());
        AuditEntry entry = write(marker.action(), marker.entityType(), target, refusal.ruleName(),
                RuleMessages.english(refusal));
        LOG.info(() -> "Refused " + entry.action() + " on " + entry.entityType() + " " + entry.entityId() + " by "
                + entry.actor() + ": " + entry.refusalRule() + " (audit record " + entry.id() + ")");
    }

    /** Writes the record through the trail; the unit test stands in for the database here. */
    AuditEntry write(String action, String entityType, String target, String rule, String message) {
        return audit.recordRefusal(action, entityType, target, rule, message);
    }

    /** Whether the refusal belongs in the audit trail (see the class's rules). */
    static boolean audited(BusinessRuleException refusal) {
        return !refusal.isInputValidation() && refusal.kind() != RuleKind.NOT_FOUND
                && !(refusal instanceof ConcurrentChangeException);
    }

    /** The method's marker, or its class's; the bound method always has one of the two. */
    static RecordsRefusals marker(Method method) {
        RecordsRefusals marker = method.getAnnotation(RecordsRefusals.class);
        if (marker == null) {
            marker = method.getDeclaringClass().getAnnotation(RecordsRefusals.class);
        }
        if (marker == null || marker.action().isEmpty() || marker.entityType().isEmpty()) {
            throw new IllegalStateException("@RecordsRefusals on " + method + " names no action or entity type");
        }
        return marker;
    }
}
