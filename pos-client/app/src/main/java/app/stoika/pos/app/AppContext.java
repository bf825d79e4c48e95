package app.stoika.pos.app;

import app.stoika.pos.availability.AvailabilityService;
import app.stoika.pos.availability.HibernateAvailabilityRepository;
import app.stoika.pos.catalog.CatalogService;
import app.stoika.pos.catalog.HibernateCatalogRepository;
import app.stoika.pos.catalog.SearchService;
import app.stoika.pos.catalogview.CatalogViewModel;
import app.stoika.pos.events.DatabaseEvents;
import app.stoika.pos.persistence.DatabaseSettings;
import app.stoika.pos.persistence.PosDatabase;
import app.stoika.pos.shared.Transactions;
import app.stoika.pos.ui.Messages;
import app.stoika.pos.ui.TaskExecutor;

/**
 * The one place where the client is wired: database, repositories, services, and the factories for
 * view-models. Passed through constructors; tests build their own.
 */
public final class AppContext implements AutoCloseable {
    private final PosDatabase database;
    private final DatabaseEvents events;
    private final TaskExecutor tasks;
    private final Messages messages;
    private final CatalogService catalog;
    private final SearchService search;
    private final AvailabilityService availability;

    private AppContext(PosDatabase database, DatabaseEvents events, TaskExecutor tasks, Messages messages) {
        this.database = database;
        this.events = events;
        this.tasks = tasks;
        this.messages = messages;
        Transactions tx = database.transactions();
        HibernateCatalogRepository catalogRepository = new HibernateCatalogRepository(database.sessionFactory());
        this.catalog = new CatalogService(tx, catalogRepository);
        this.search = new SearchService(tx, catalogRepository, catalog);
        this.availability = new AvailabilityService(tx, new HibernateAvailabilityRepository(database.sessionFactory()));
    }

    /**
     * Opens the connection pool (validating the mappings against the schema), the live-update connection,
     * and builds the services.
     */
    public static AppContext open(DatabaseSettings settings, TaskExecutor tasks, Messages messages) {
        PosDatabase database = PosDatabase.open(settings);
        DatabaseEvents events = null;
        try {
            events = DatabaseEvents.open(settings);
            return new AppContext(database, events, tasks, messages);
        } catch (RuntimeException e) {
            if (events != null) {
                events.close();
            }
            database.close();
            throw e;
        }
    }

    public TaskExecutor tasks() { return tasks; }
    /** Change notifications from the database (orders, stock, catalog), for screens that follow other tills. */
    public DatabaseEvents events() { return events; }
    public Messages messages() { return messages; }
    public CatalogService catalog() { return catalog; }
    public SearchService search() { return search; }
    public AvailabilityService availability() { return availability; }

    public CatalogViewModel catalogViewModel() {
        return new CatalogViewModel(catalog, search, availability, tasks);
    }

    /** Closes the live-update connection and the pool. The task executor belongs to whoever created it. */
    @Override
    public void close() {
        events.close();
        database.close();
    }
}
