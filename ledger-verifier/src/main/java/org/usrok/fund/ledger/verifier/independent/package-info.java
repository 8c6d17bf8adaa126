/**
 * The offline verifier's second, independent check of an export bundle's hash chain
 * ({@link org.usrok.fund.ledger.verifier.independent.SpecChainCheck}), written from docs/ledger.md
 * alone. A check shares no code with what it checks: nothing here may use anything but the JDK and
 * this package, least of all fund-ejb's canonical form, chain hash or bundle reader, which wrote the
 * hashes it checks ({@code IndependentCheckDependenciesTest} holds it to that).
 */
package org.usrok.fund.ledger.verifier.independent;
