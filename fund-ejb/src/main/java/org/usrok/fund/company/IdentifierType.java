package org.usrok.fund.company;

import java.util.function.Predicate;

/** The national identifiers a company can register under, each with its own validity rule. */
public enum IdentifierType {
    EIN("ein", EmployerIdentificationNumber::isValid),
    UEI("uei", UniqueEntityId::isValid),
    BRN("brn", BusinessRegistrationNumber::isValid);

    private final String field;
    private final Predicate<String> validity;

    IdentifierType(String field, Predicate<String> validity) {
        this.field = field;
        this.validity = validity;
    }

    /** The name of the input field that carries this identifier. */
    public String field() {
        return field;
    }

    public boolean isValid(String input) {
        return validity.test(input);
    }
}
