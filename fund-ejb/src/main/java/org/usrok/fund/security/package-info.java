/**
 * Who may do what: user accounts with PBKDF2-hashed passwords and roles (the identity store's
 * tables), the {@link org.usrok.fund.security.Actor} a service acts for, and the separation-of-duty
 * rules that every service checks itself rather than trusting the pages; and the time zone each
 * user reads times in (their country's unless they choose one).
 */
package org.usrok.fund.security;
