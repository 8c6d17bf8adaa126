package org.usrok.fund.audit;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a service method that moves money or decides on it: when a business rule refuses the
 * call, {@link RefusalAuditInterceptor} writes a {@code REFUSED} audit record naming the caller,
 * {@link #action}, the target entity and the rule. Refusals are evidence too: an auditor must see
 * an officer who tried to release their own batch or to receive more than was pledged.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RecordsRefusals {

    /** The audit action the call would have recorded had it succeeded, e.g. {@code DISBURSEMENT_BATCH_RELEASED}. */
    @Nonbinding
    String action() default "";

    /** The type of the entity the call acts on, e.g. {@code DisbursementBatch}. */
    @Nonbinding
    String entityType() default "";

    /**
     * Where the entity's id is: empty when the method's first parameter is the id, otherwise the
     * name of a component of the first parameter, a command record (e.g. {@code roundId}).
     */
    @Nonbinding
    String idComponent() default "";
}
