package app.stoika.pos.persistence;

import javax.sql.DataSource;

import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import app.stoika.db.schema.Migrator;

/**
 * The client's connection to PostgreSQL: a HikariCP pool and a Hibernate SessionFactory that validates
 * every mapping against the Flyway-migrated schema at start (hbm2ddl=validate), so a mismatch stops the
 * app at once instead of failing in the middle of a sale.
 */
public final class PosDatabase implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(PosDatabase.class);

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
        long started = System.nanoTime();
        HikariDataSource ds = new HikariDataSource(config); // opens its first connection now
        started = took("connection pool", started);
        try {
            SessionFactory sessionFactory = buildSessionFactory(ds);
            took("Hibernate bootstrap and schema validation", started);
            return new PosDatabase(ds, sessionFactory);
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

    /** A start-up timing line (the client's start-up benchmark reads them); returns now. */
    private static long took(String step, long since) {
        long now = System.nanoTime();
        log.info("Start-up: {} took {} ms", step, (now - since) / 1_000_000);
        return now;
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
