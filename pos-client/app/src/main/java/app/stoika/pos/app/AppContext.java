package app.stoika.pos.app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import app.stoika.pos.availability.AvailabilityService;
import app.stoika.pos.availability.HibernateAvailabilityRepository;
import app.stoika.pos.catalog.CatalogService;
import app.stoika.pos.catalog.HibernateCatalogRepository;
import app.stoika.pos.catalog.SearchService;
import app.stoika.pos.catalogview.CatalogViewModel;
import app.stoika.pos.catalogview.ProductPictures;
import app.stoika.pos.customer.CustomerService;
import app.stoika.pos.customer.HibernateCustomerRepository;
import app.stoika.pos.order.HibernateOrderRepository;
import app.stoika.pos.order.OrderService;
import app.stoika.pos.payment.HibernatePaymentRepository;
import app.stoika.pos.payment.PaymentService;
import app.stoika.pos.events.DatabaseEvents;
import app.stoika.pos.persistence.DatabaseSettings;
import app.stoika.pos.persistence.PosDatabase;
import app.stoika.pos.security.AuthService;
import app.stoika.pos.security.HibernateAuthRepository;
import app.stoika.pos.settings.HibernateSettingsRepository;
import app.stoika.pos.settings.SettingsService;
import app.stoika.pos.shared.Transactions;
import app.stoika.pos.shift.HibernateShiftRepository;
import app.stoika.pos.shift.ShiftService;
import app.stoika.pos.staff.HibernateStaffRepository;
import app.stoika.pos.staff.StaffService;
import app.stoika.pos.ui.Messages;
import app.stoika.pos.ui.TaskExecutor;

/**
 * The one place where the client is wired: database, repositories, services, and the factories for
 * view-models. Passed through constructors; tests build their own.
 */
public final class AppContext implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(AppContext.class);

    private final PosDatabase database;
    private final DatabaseEvents events;
    private final TaskExecutor tasks;
    private final Messages messages;
    private final CatalogService catalog;
    private final SearchService search;
    private final AvailabilityService availability;
    private final StaffService staff;
    private final AuthService auth;
    private final OrderService orders;
    private final CustomerService customers;
    private final SettingsService settings;
    private final PaymentService payments;
    private final ShiftService shifts;
    private final ProductPictures pictures;

    private AppContext(PosDatabase database, DatabaseEvents events, TaskExecutor tasks, Messages messages) {
        this.database = database;
        this.events = events;
        this.tasks = tasks;
        this.messages = messages;
        Transactions tx = database.transactions();
        var sessions = database.sessionFactory();
        HibernateCatalogRepository catalogRepository = new HibernateCatalogRepository(sessions);
        this.catalog = new CatalogService(tx, catalogRepository);
        this.search = new SearchService(tx, catalogRepository, catalog);
        this.availability = new AvailabilityService(tx, new HibernateAvailabilityRepository(sessions));
        this.staff = new StaffService(tx, new HibernateStaffRepository(sessions));
        this.auth = new AuthService(tx, new HibernateAuthRepository(sessions));
        this.settings = new SettingsService(tx, new HibernateSettingsRepository(sessions));
        HibernateOrderRepository orderRepository = new HibernateOrderRepository(sessions, catalog.currency());
        this.orders = new OrderService(tx, orderRepository);
        this.customers = new CustomerService(tx, new HibernateCustomerRepository(sessions), orderRepository);
        this.payments = new PaymentService(tx, new HibernatePaymentRepository(sessions, catalog.currency()));
        this.shifts = new ShiftService(tx, new HibernateShiftRepository(sessions, catalog.currency()));
        this.pictures = new ProductPictures(catalog, tasks);
    }

    /**
     * Opens the connection pool (validating the mappings against the schema), the live-update connection,
     * and builds the services.
     */
    public static AppContext open(DatabaseSettings settings, TaskExecutor tasks, Messages messages) {
        PosDatabase database = PosDatabase.open(settings);
        long started = System.nanoTime();
        DatabaseEvents events = null;
        try {
            events = DatabaseEvents.open(settings);
            AppContext context = new AppContext(database, events, tasks, messages);
            DatabaseBootstrap.took(log, "services and the live-update connection", started);
            return context;
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
    public StaffService staff() { return staff; }
    public AuthService auth() { return auth; }
    public OrderService orders() { return orders; }
    public CustomerService customers() { return customers; }
    public SettingsService settings() { return settings; }
    public PaymentService payments() { return payments; }
    public ShiftService shifts() { return shifts; }
    /** The products' pictures, decoded once for every screen of this till. */
    public ProductPictures pictures() { return pictures; }

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
