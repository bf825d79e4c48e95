package app.stoika.pos.persistence;

import javax.sql.DataSource;

import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.jpa.HibernatePersistenceConfiguration;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import app.stoika.db.schema.Migrator;

/**
 * The client's connection to PostgreSQL: a HikariCP pool and a Hibernate SessionFactory that validates
 * every mapping against the Flyway-migrated schema at start (hbm2ddl=validate), so a mismatch stops the
 * app at once instead of failing in the middle of a sale.
 */
public final class PosDatabase implements AutoCloseable {
    private final HikariDataSource dataSource;
    private final SessionFactory sessionFactory;

    private PosDatabase(HikariDataSource dataSource, SessionFactory sessionFactory) {
        this.dataSource = dataSource;
        this.sessionFactory = sessionFactory;
    }

    public static PosDatabase open(DatabaseSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("stoika");
        config.setJdbcUrl(settings.jdbcUrl());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(settings.poolSize());
        config.setMinimumIdle(Math.min(2, settings.poolSize()));
        config.setAutoCommit(true);
        config.setConnectionTimeout(5_000);
        // Server-side prepared statements from the first execution: the sale function is called constantly.
        config.addDataSourceProperty("prepareThreshold", "1");
        config.addDataSourceProperty("ApplicationName", "stoika-pos");
        config.addDataSourceProperty("tcpKeepAlive", "true");
        HikariDataSource ds = new HikariDataSource(config);
        try {
            return new PosDatabase(ds, buildSessionFactory(ds));
        } catch (RuntimeException e) {
            ds.close();
            throw e;
        }
    }

    private static SessionFactory buildSessionFactory(DataSource ds) {
        return new HibernatePersistenceConfiguration("stoika")
                .managedClasses(PosEntities.ALL)
                .property(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, ds)
                .property(AvailableSettings.HBM2DDL_AUTO, "validate")
                .property(AvailableSettings.DEFAULT_SCHEMA, Migrator.SCHEMA)
                .property(AvailableSettings.CURRENT_SESSION_CONTEXT_CLASS, "thread")
                .property(AvailableSettings.STATEMENT_BATCH_SIZE, 50)
                .property(AvailableSettings.ORDER_INSERTS, true)
                .property(AvailableSettings.SHOW_SQL, false)
                .createEntityManagerFactory();
    }

    public DataSource dataSource() { return dataSource; }
    public SessionFactory sessionFactory() { return sessionFactory; }

    public HibernateTransactions transactions() {
        return new HibernateTransactions(sessionFactory);
    }

    @Override
    public void close() {
        sessionFactory.close();
        dataSource.close();
    }
}
