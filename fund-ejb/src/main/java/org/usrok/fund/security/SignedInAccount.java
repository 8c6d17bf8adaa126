package org.usrok.fund.security;

import jakarta.enterprise.context.RequestScoped;
import org.usrok.fund.shared.CountryCode;

import java.util.Optional;
import java.util.Set;

/**
 * The account a request signed in with, as its authentication read it: the web layer's
 * authentication mechanism reads the account's version, country and company in the statement that
 * checks the username's standing ({@link SignInThrottle#standing}), and hands them here once the
 * credentials are accepted. {@link CurrentActor} then answers every service call of the request
 * from it instead of selecting the same account again on each (issue 16). A call that runs under
 * another name than the one signed in, or outside a request (a timer), finds nothing here and reads
 * the account as before.
 */
@RequestScoped
public class SignedInAccount {

    private String username;
    private CountryCode country;
    private Long companyId;

    /** Called by the authentication mechanism only, after it accepted {@code username}'s credentials. */
    public void signedIn(String username, SignInThrottle.Standing standing) {
        if (standing.accountVersion() == null) {
            return;
        }
        this.username = UserAccount.normalizeUsername(username);
        this.country = standing.country();
        this.companyId = standing.companyId();
    }

    /** The actor of a call as {@code username}, when that is the account this request signed in with. */
    Optional<Actor> actor(String username, Set<Role> roles) {
        return username.equals(this.username)
                ? Optional.of(new Actor(username, roles, country, companyId))
                : Optional.empty();
    }
}
