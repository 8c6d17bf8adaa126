package org.usrok.fund.company;

import jakarta.validation.constraints.NotNull;

import java.io.Serializable;

/**
 * An officer verifies a pending company. {@code expectedVersion}, when given, is the version the
 * officer looked at: if someone changed the company since, the verification is refused.
 */
public record VerifyCompany(@NotNull Long companyId, Long expectedVersion) implements Serializable {
}
