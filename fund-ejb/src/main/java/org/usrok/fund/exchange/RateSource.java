package org.usrok.fund.exchange;

/** Where a rate comes from. */
public enum RateSource {
    /** Bank of Korea, Economic Statistics System (ECOS), daily KRW/USD rate. */
    BANK_OF_KOREA_ECOS,
    /** U.S. Treasury Reporting Rates of Exchange (quarterly). */
    US_TREASURY_REPORTING_RATE,
    /** Federal Reserve H.10 noon buying rate. */
    FEDERAL_RESERVE_H10,
    /** A rate the two governments agreed for a round, documented in the reference. */
    BILATERAL_AGREEMENT
}
