/**
 * Persistence plumbing shared by all features: the audit columns every table carries and the
 * Flyway migration that owns the schema and runs before JPA validates it.
 */
package org.usrok.fund.persistence;
