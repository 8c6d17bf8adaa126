/**
 * H2-only pieces of the schema's guarantees: the trigger that makes the journal append-only on the
 * embedded database, and the class factory that lets H2 (a server module that cannot see the
 * application's classes) instantiate it. Loaded only when the database is H2.
 */
package org.usrok.fund.persistence.h2;
