package org.usrok.fund.security;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Outside demo mode, an empty database has no one who could create accounts. When
 * {@code fund.admin.initial-password} (or the environment variable
 * {@code FUND_ADMIN_INITIAL_PASSWORD}) is set and no account exists yet, this creates the
 * administrator {@code admin} with that password, once. Demo mode seeds its own administrator.
 */
@Singleton
@Startup
@RunAs(Role.ADMIN_NAME)
public class AdministratorBootstrap {

    private static final Logger LOG = Logger.getLogger(AdministratorBootstrap.class.getName());

    @Inject
    @ConfigProperty(name = "fund.admin.initial-password")
    Optional<String> initialPassword;

    @Inject
    @ConfigProperty(name = "fund.demo", defaultValue = "false")
    boolean demoMode;

    @Inject
    UserAccountService users;

    @PostConstruct
    void createFirstAdministrator() {
        if (demoMode || initialPassword.isEmpty() || users.anyAccountExists()) {
            return;
        }
        users.create(new CreateUserAccount("admin", initialPassword.get(), "Fund Administrator",
                "admin@localhost", null, Set.of(Role.ADMIN)));
        LOG.info("Created the first administrator account 'admin' from fund.admin.initial-password");
    }
}
