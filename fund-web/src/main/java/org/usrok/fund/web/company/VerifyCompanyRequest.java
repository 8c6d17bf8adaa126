package org.usrok.fund.web.company;

import java.io.Serializable;

/** Body of {@code POST /api/companies/{id}/verification}, optional: the version the officer saw. */
public record VerifyCompanyRequest(Long expectedVersion) implements Serializable {
}
