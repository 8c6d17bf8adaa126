/**
 * Authentication: one Jakarta Security mechanism that signs portal users in with a form and keeps
 * them in the HTTP session, and authenticates API calls with HTTP Basic, checked against the
 * database identity store (PBKDF2) at most once a minute per credential, and throttled by the
 * cluster-wide {@code SignInThrottle} of the security service.
 */
package org.usrok.fund.web.security;
