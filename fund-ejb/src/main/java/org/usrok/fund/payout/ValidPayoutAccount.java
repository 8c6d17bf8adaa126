package org.usrok.fund.payout;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The registration's scheme-dependent fields meet {@link PayoutAccountRules}: each violation names
 * the field to correct (e.g. {@code routingNumber} with a wrong check digit).
 */
@Documented
@Constraint(validatedBy = ValidPayoutAccount.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidPayoutAccount {

    String message() default "{payout.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ValidPayoutAccount, RegisterPayoutAccount> {

        @Override
        public boolean isValid(RegisterPayoutAccount command, ConstraintValidatorContext context) {
            var violations = PayoutAccountRules.check(command);
            if (violations.isEmpty()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            for (var v : violations) {
                context.buildConstraintViolationWithTemplate(v.template()).addPropertyNode(v.field())
                        .addConstraintViolation();
            }
            return false;
        }
    }
}
