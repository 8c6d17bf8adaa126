package org.usrok.fund.company;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.usrok.fund.shared.CountryCode;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The registration carries the identifiers its country requires (U.S.: EIN or UEI; Korea: business
 * registration number) and a postal code of that country's form (U.S. ZIP or ZIP+4; Korea: five
 * digits). Each violation names the field to correct.
 */
@Documented
@Constraint(validatedBy = IdentifiersMatchCountry.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface IdentifiersMatchCountry {

    String message() default "{company.identifiers.country}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<IdentifiersMatchCountry, RegisterCompany> {

        @Override
        public boolean isValid(RegisterCompany command, ConstraintValidatorContext context) {
            if (command == null || command.country() == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            boolean valid = true;
            if (command.country() == CountryCode.US && blank(command.ein()) && blank(command.uei())) {
                valid = violation(context, "ein", "{company.us.identifierRequired}");
            }
            if (command.country() == CountryCode.KR && blank(command.brn())) {
                valid = violation(context, "brn", "{company.kr.brnRequired}");
            }
            String postalCode = command.postalCode();
            if (!blank(postalCode)) {
                String pattern = command.country() == CountryCode.US ? "\\d{5}(-\\d{4})?" : "\\d{5}";
                if (!postalCode.strip().matches(pattern)) {
                    valid = violation(context, "postalCode", "{company.postalCode." + command.country() + "}");
                }
            }
            return valid;
        }

        private static boolean blank(String value) {
            return value == null || value.isBlank();
        }

        private static boolean violation(ConstraintValidatorContext context, String field, String template) {
            context.buildConstraintViolationWithTemplate(template).addPropertyNode(field).addConstraintViolation();
            return false;
        }
    }
}
