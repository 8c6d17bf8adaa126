package org.usrok.fund.persistence;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.boot.registry.StandardServiceInitiator;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.engine.jdbc.env.internal.JdbcEnvironmentInitiator;
import org.hibernate.engine.jdbc.env.spi.JdbcEnvironment;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.service.spi.ServiceContributor;
import org.hibernate.service.spi.ServiceRegistryImplementor;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Runs the Flyway migrations before Hibernate first connects to the database: it replaces the
 * initiator of Hibernate's JDBC environment (the first service that opens a connection, to pick
 * the dialect) with one that migrates first. This is the one place the schema changes: Hibernate
 * only validates, and the same portable migrations in {@code db/migration} serve H2 and
 * PostgreSQL; the few that cannot be portable (triggers) live in {@code db/vendor/<database>} and
 * take version numbers of their own. The migrations run as the schema owner
 * ({@code FundMigrationDS}), never as the user the application runs as ({@code FundDS}), which
 * {@link RuntimeGrants} then grants only what it needs; on H2 that user does not exist, and the
 * database may not exist, until the migrations ran. As an {@link Integrator} it unregisters the H2
 * trigger class factory on undeploy. Registered through {@code META-INF/services} for both roles.
 */
public class FlywayMigrationIntegrator implements Integrator, ServiceContributor {

    private static final Logger LOG = Logger.getLogger(FlywayMigrationIntegrator.class.getName());
    /** The schema owner's datasource, used only here, to migrate. */
    static final String DATASOURCE = "java:jboss/datasources/FundMigrationDS";

    @Override
    public void contribute(StandardServiceRegistryBuilder serviceRegistryBuilder) {
        serviceRegistryBuilder.addInitiator(new MigrateFirst());
    }

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
                          SessionFactoryImplementor sessionFactory) {
        // the migrations already ran, before the JDBC environment was built
    }

    /** Builds Hibernate's JDBC environment as usual, once the schema is migrated. */
    private static final class MigrateFirst implements StandardServiceInitiator<JdbcEnvironment> {

        @Override
        public Class<JdbcEnvironment> getServiceInitiated() {
            return JdbcEnvironment.class;
        }

        @Override
        public JdbcEnvironment initiateService(Map<String, Object> configurationValues,
                                               ServiceRegistryImplementor registry) {
            migrate();
            return JdbcEnvironmentInitiator.INSTANCE.initiateService(configurationValues, registry);
        }
    }

    static void migrate() {
        DataSource dataSource = lookupDataSource();
        String vendor = vendor(dataSource);
        if ("h2".equals(vendor)) {
            H2Guard.install();
        }
        Flyway flyway = Flyway.configure(FlywayMigrationIntegrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:db/vendor/" + vendor)
                .validateMigrationNaming(true)
                .callbacks(new RuntimeGrants(vendor, RuntimeUser.configured()))
                .load();
        MigrateResult result = flyway.migrate();
        // the version from the result: flyway.info() would scan and query the history a second time
        String version = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
        LOG.info(() -> "Schema at version " + version + " (" + result.migrationsExecuted
                + " migration(s) applied now)");
    }

    @Override
    public void disintegrate(SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry serviceRegistry) {
        H2Guard.uninstall();
    }

    /** Keeps the H2 classes out of reach unless the database is H2 (the module is optional). */
    private static final class H2Guard {

        private static boolean installed;

        static synchronized void install() {
            org.usrok.fund.persistence.h2.TriggerClassFactory.register();
            installed = true;
        }

        static synchronized void uninstall() {
            if (installed) {
                org.usrok.fund.persistence.h2.TriggerClassFactory.unregister();
                installed = false;
            }
        }
    }

    /** The folder of vendor-specific migrations for the database behind the datasource. */
    static String vendor(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            if (product.contains("postgres")) {
                return "postgresql";
            }
            if (product.contains("h2")) {
                return "h2";
            }
            throw new IllegalStateException("The fund supports H2 and PostgreSQL, not " + product);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the fund database to migrate it", e);
        }
    }

    private static DataSource lookupDataSource() {
        try {
            return (DataSource) new InitialContext().lookup(DATASOURCE);
        } catch (NamingException e) {
            throw new IllegalStateException("The fund's migration datasource " + DATASOURCE + " is not available", e);
        }
    }
}
