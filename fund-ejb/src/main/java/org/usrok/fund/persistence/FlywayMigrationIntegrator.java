package org.usrok.fund.persistence;

import org.flywaydb.core.Flyway;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import java.util.logging.Logger;

/**
 * Runs the Flyway migrations while Hibernate builds the persistence unit, before it validates the
 * schema. This is the one place the schema changes: Hibernate only validates, and the same
 * migrations serve H2 and PostgreSQL. Registered through {@code META-INF/services}.
 */
public class FlywayMigrationIntegrator implements Integrator {

    private static final Logger LOG = Logger.getLogger(FlywayMigrationIntegrator.class.getName());
    static final String DATASOURCE = "java:jboss/datasources/FundDS";

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
                          SessionFactoryImplementor sessionFactory) {
        Flyway flyway = Flyway.configure(FlywayMigrationIntegrator.class.getClassLoader())
                .dataSource(lookupDataSource())
                .locations("classpath:db/migration")
                .validateMigrationNaming(true)
                .load();
        int applied = flyway.migrate().migrationsExecuted;
        LOG.info(() -> "Schema at version " + flyway.info().current().getVersion() + " (" + applied
                + " migration(s) applied now)");
    }

    @Override
    public void disintegrate(SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry serviceRegistry) {
        // nothing to release: Flyway holds no resources after migrating
    }

    private static DataSource lookupDataSource() {
        try {
            return (DataSource) new InitialContext().lookup(DATASOURCE);
        } catch (NamingException e) {
            throw new IllegalStateException("The fund datasource " + DATASOURCE + " is not available", e);
        }
    }
}
