package org.usrok.fund.company;

/** Where a company stands in verification: only a verified company may later apply to a round. */
public enum CompanyStatus {
    PENDING,
    VERIFIED,
    REJECTED
}
