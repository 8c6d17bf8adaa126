package org.usrok.fund.security;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.usrok.fund.shared.CountryCode;

import java.util.Set;

/**
 * An administrator creates an account. Officers and company users belong to a country (an
 * officer's country must match the officer role); the password must be at least 12 characters.
 */
public record CreateUserAccount(
        @NotBlank @Size(min = 3, max = 64) @Pattern(regexp = "[A-Za-z0-9._@-]+", message = "{user.username.pattern}")
        String username,
        @NotBlank @Size(min = 12, max = 128) String password,
        @NotBlank @Size(max = 200) String displayName,
        @NotBlank @Email @Size(max = 254) String email,
        CountryCode country,
        @NotEmpty Set<Role> roles) {

    @Override
    public String toString() {
        return "CreateUserAccount[username=" + username + ", roles=" + roles + "]";
    }
}
