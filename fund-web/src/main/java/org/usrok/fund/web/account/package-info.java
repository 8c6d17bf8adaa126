/**
 * User accounts over the API ({@code /api/users}, administrators) and the caller's own identity
 * ({@code /api/me}); the administrators' accounts page and everyone's profile page, where a user
 * chooses the time zone the portal shows their times in.
 */
package org.usrok.fund.web.account;
