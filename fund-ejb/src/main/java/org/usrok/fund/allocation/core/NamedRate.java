package org.usrok.fund.allocation.core;

import org.usrok.fund.shared.ExchangeRate;

/**
 * A rate with the name that every conversion cites, e.g.
 * "exchange-rate:17 USD/KRW 1385.20 BANK_OF_KOREA_ECOS 2026-11-20".
 */
public record NamedRate(String name, ExchangeRate rate) {
}
