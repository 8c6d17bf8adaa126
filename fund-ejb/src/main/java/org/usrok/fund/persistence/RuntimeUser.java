package org.usrok.fund.persistence;

import java.io.Serializable;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The database user the application runs as (datasource {@code FundDS}), as the server is
 * configured: {@code fund.db.user} / {@code FUND_DB_USER} (default {@code fund_app}) and
 * {@code fund.db.password} / {@code FUND_DB_PASSWORD}, the same settings the datasource reads. The
 * name is plain lower-case SQL (letters, digits, underscores) so that it means the same unquoted
 * on H2 and PostgreSQL.
 */
record RuntimeUser(String name, Optional<String> password) implements Serializable {

    static final String DEFAULT_NAME = "fund_app";
    /** The demo's H2 password of the runtime user when none is configured (the datasource's default). */
    static final String DEFAULT_H2_PASSWORD = "fund-app";
    private static final Pattern PLAIN_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    RuntimeUser {
        if (!PLAIN_NAME.matcher(name).matches()) {
            throw new IllegalStateException("The runtime database user name '" + name
                    + "' must be lower-case letters, digits and underscores (docs/operations.md)");
        }
    }

    static RuntimeUser configured() {
        return new RuntimeUser(setting("fund.db.user", "FUND_DB_USER").orElse(DEFAULT_NAME),
                setting("fund.db.password", "FUND_DB_PASSWORD"));
    }

    private static Optional<String> setting(String property, String variable) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(variable);
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    @Override
    public String toString() {
        return name;
    }
}
