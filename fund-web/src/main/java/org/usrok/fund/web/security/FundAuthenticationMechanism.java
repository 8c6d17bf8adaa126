package org.usrok.fund.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.usrok.fund.security.SignInThrottle;
import org.usrok.fund.security.SignedInAccount;
import org.usrok.fund.shared.Clock;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.Lock;

/**
 * How people prove who they are.
 * <ul>
 *   <li>Portal: the login page hands the form's credential to this mechanism through
 *       {@code SecurityContext.authenticate}; on success the caller and roles are kept in the
 *       (renewed) HTTP session, and a protected page without them redirects to the login page,
 *       which carries the page asked for ({@link ReturnTarget}) and opens it after sign-in. Each
 *       request of a signed-in session looks the account up (the same select as an API call): once
 *       the account is disabled, on any node, its sessions end at their next request.</li>
 *   <li>API ({@code /api/*}): HTTP Basic on each request, with no session. A call without valid
 *       credentials stays anonymous, and {@code ApiAuthentication} answers it with 401.</li>
 * </ul>
 * Credentials are checked against the {@code user_account} and {@code user_role} tables with
 * PBKDF2 (the same parameters {@code PasswordHashing} uses to write them). Failed sign-ins are
 * counted per username in the database ({@link SignInThrottle}), so that every node of a cluster
 * refuses a username the others locked. The statement that reads a username's standing also reads
 * its account's country and company, which the request then keeps ({@link SignedInAccount}) so that
 * its service calls need not select the account again.
 */
@ApplicationScoped
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = "java:jboss/datasources/FundDS",
        callerQuery = "select password_hash from user_account where username = lower(?) and enabled = true",
        groupsQuery = "select r.role from user_role r join user_account u on u.id = r.user_id where u.username = lower(?)",
        hashAlgorithm = Pbkdf2PasswordHash.class,
        hashAlgorithmParameters = {
                "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations=310000",
                "Pbkdf2PasswordHash.SaltSizeBytes=32",
                "Pbkdf2PasswordHash.KeySizeBytes=32"})
public class FundAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String SESSION_IDENTITY = FundAuthenticationMechanism.class.getName() + ".identity";
    static final String LOGIN_PAGE = "/login.xhtml";
    /** Request attribute: the API call carried credentials that were refused. */
    public static final String CREDENTIALS_REFUSED = FundAuthenticationMechanism.class.getName() + ".refused";
    /** Request attribute: the username is locked after too many failed sign-ins ({@link SignInThrottle}, cluster-wide). */
    public static final String SIGN_IN_LOCKED = FundAuthenticationMechanism.class.getName() + ".locked";
    private static final String API = "/api/";

    @Inject
    IdentityStoreHandler identityStore;

    @Inject
    VerifiedCredentialCache verifiedCredentials;

    @Inject
    SignInThrottle throttle;

    @Inject
    SignedInAccount signedInAccount;

    /** The portal's signed-in identity, kept in the HTTP session. */
    record SessionIdentity(String caller, Set<String> groups) implements Serializable {
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return formLogin(request, context, credential);
        }
        if (request.getRequestURI().startsWith(request.getContextPath() + API)) {
            return basic(request, context);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_IDENTITY) instanceof SessionIdentity identity) {
            SignInThrottle.Standing standing = throttle.standing(identity.caller(), Clock.now());
            if (standing.accountVersion() != null) {
                return accept(context, standing, identity.caller(), identity.groups());
            }
            session.invalidate();
        }
        if (context.isProtected()) {
            return context.redirect(loginPage(request));
        }
        return context.doNothing();
    }

    /**
     * The sign-in page; for a GET of a portal page it carries that page as {@code ?next=}, so the
     * sign-in page says why it appeared and returns there afterwards.
     */
    private static String loginPage(HttpServletRequest request) {
        String login = request.getContextPath() + LOGIN_PAGE;
        if (!"GET".equals(request.getMethod())) {
            return login;
        }
        return ReturnTarget.sanitize(ReturnTarget.of(request))
                .map(next -> login + "?" + ReturnTarget.PARAMETER + "=" + URLEncoder.encode(next, StandardCharsets.UTF_8))
                .orElse(login);
    }

    private AuthenticationStatus formLogin(HttpServletRequest request, HttpMessageContext context, Credential credential) {
        String username = credential instanceof UsernamePasswordCredential up
                ? up.getCaller().strip().toLowerCase(Locale.ROOT) : "";
        Instant now = Clock.now();
        SignInThrottle.Standing standing = throttle.standing(username, now);
        if (standing.locked()) {
            request.setAttribute(SIGN_IN_LOCKED, Boolean.TRUE);
            return AuthenticationStatus.SEND_FAILURE;
        }
        // validated under the name as stored (lower case), so that the session's caller is the
        // account's username, which each later request of the session looks up as it is
        CredentialValidationResult result = identityStore.validate(credential instanceof UsernamePasswordCredential up
                ? new UsernamePasswordCredential(username, up.getPassword()) : credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            throttle.failed(username, now);
            return AuthenticationStatus.SEND_FAILURE;
        }
        succeeded(username, standing);
        signedInAccount.signedIn(username, standing);
        HttpSession session = request.getSession(true);
        request.changeSessionId();
        session.setAttribute(SESSION_IDENTITY,
                new SessionIdentity(result.getCallerPrincipal().getName(), new HashSet<>(result.getCallerGroups())));
        return context.notifyContainerAboutLogin(result);
    }

    /**
     * HTTP Basic. One select per request reads the username's failures and its account's version
     * ({@link SignInThrottle#standing}): a locked username is refused before anything else, even
     * with a password that was verified earlier; a cached verification counts only while the
     * account's version is the one it was verified at, so a change made on any node ends it.
     */
    private AuthenticationStatus basic(HttpServletRequest request, HttpMessageContext context) {
        Optional<String[]> presented = basicCredentials(request.getHeader("Authorization"));
        if (presented.isEmpty()) {
            if (request.getHeader("Authorization") != null) {
                request.setAttribute(CREDENTIALS_REFUSED, Boolean.TRUE);
            }
            return context.doNothing();
        }
        String username = presented.get()[0].strip().toLowerCase(Locale.ROOT);
        String password = presented.get()[1];
        Instant now = Clock.now();
        SignInThrottle.Standing standing = throttle.standing(username, now);
        if (standing.locked()) {
            request.setAttribute(SIGN_IN_LOCKED, Boolean.TRUE);
            return context.doNothing();
        }
        Optional<VerifiedCredentialCache.Verified> cached = verifiedCredentials.lookup(username, password,
                standing.accountVersion());
        if (cached.isPresent()) {
            return accept(context, standing, cached.get().caller(), cached.get().groups());
        }
        Lock verification = verifiedCredentials.verificationLock(username);
        verification.lock();
        try {
            cached = verifiedCredentials.lookup(username, password, standing.accountVersion());
            if (cached.isPresent()) {
                return accept(context, standing, cached.get().caller(), cached.get().groups());
            }
            CredentialValidationResult result = identityStore.validate(new UsernamePasswordCredential(username, password));
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                throttle.failed(username, now);
                request.setAttribute(CREDENTIALS_REFUSED, Boolean.TRUE);
                return context.doNothing();
            }
            succeeded(username, standing);
            signedInAccount.signedIn(username, standing);
            if (standing.accountVersion() != null) {
                verifiedCredentials.remember(username, password, new VerifiedCredentialCache.Verified(
                        result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups())),
                        standing.accountVersion());
            }
            return context.notifyContainerAboutLogin(result);
        } finally {
            verification.unlock();
        }
    }

    /**
     * Signs the request in as {@code caller} (the account's username, as the standing was read for),
     * keeping the account its standing read for the request's service calls.
     */
    private AuthenticationStatus accept(HttpMessageContext context, SignInThrottle.Standing standing, String caller,
                                        Set<String> groups) {
        signedInAccount.signedIn(caller, standing);
        return context.notifyContainerAboutLogin(caller, groups);
    }

    /** Clears the username's failures, writing only when there were some. */
    private void succeeded(String username, SignInThrottle.Standing standing) {
        if (standing.recentFailures() > 0) {
            throttle.succeeded(username);
        }
    }

    /** The username and password of a well-formed {@code Authorization: Basic} header. */
    static Optional<String[]> basicCredentials(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon <= 0) {
                return Optional.empty();
            }
            return Optional.of(new String[]{decoded.substring(0, colon), decoded.substring(colon + 1)});
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
