/**
 * The pure allocation core: how a round's pool is shared among approved claims, exact to the cent
 * and won, deterministic and independent of input order, with a certificate that an offline
 * verifier re-derives. Plain Java (no container): the allocation service calls {@link
 * org.usrok.fund.allocation.core.Allocator}. The rules and worked examples are in
 * {@code docs/allocation.md}.
 */
package org.usrok.fund.allocation.core;
