package org.usrok.fund.security;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.usrok.fund.shared.CountryCode;

import java.io.Serializable;
import java.util.Set;

/**
 * An administrator creates an account. Officers and company users belong to a country (an
 * officer's country must match the officer role); the password must be at least 12 characters.
 * The time zone is optional (an IANA id); without it the country's applies.
 */
public record CreateUserAccount(
        @NotBlank(message = "{user.username.required}") @Size(min = 3, max = 64, message = "{user.username.size}")
        @Pattern(regexp = "[A-Za-z0-9._@-]+", message = "{user.username.pattern}")
        String username,
        @NotBlank(message = "{user.password.required}") @Size(min = 12, max = 128, message = "{user.password.size}")
        String password,
        @NotBlank(message = "{user.displayName.required}") @Size(max = 200, message = "{user.displayName.size}")
        String displayName,
        @NotBlank(message = "{user.email.required}") @Email(message = "{user.email.invalid}")
        @Size(max = 254, message = "{user.email.size}") String email,
        CountryCode country,
        @NotEmpty(message = "{user.roles.required}") Set<Role> roles,
        String timeZone) implements Serializable {

    /** An account whose times are shown in its country's zone ({@link UserTimeZone#defaultFor}). */
    public CreateUserAccount(String username, String password, String displayName, String email, CountryCode country,
                             Set<Role> roles) {
        this(username, password, displayName, email, country, roles, null);
    }

    @Override
    public String toString() {
        return "CreateUserAccount[username=" + username + ", roles=" + roles + "]";
    }
}
