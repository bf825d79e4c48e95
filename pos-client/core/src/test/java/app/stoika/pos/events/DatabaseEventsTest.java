package app.stoika.pos.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import app.stoika.db.testing.DatabaseTest;
import app.stoika.db.testing.TestDatabase;
import app.stoika.pos.order.InsufficientStockException;
import app.stoika.pos.order.OrderLine;
import app.stoika.pos.order.PlaceOrder;
import app.stoika.pos.order.PlacedOrder;
import app.stoika.pos.persistence.DatabaseSettings;
import app.stoika.pos.testing.PosFixture;

/**
 * Live updates against a real server: the events connection (as the terminal role, like a till) hears
 * what other connections commit, hears nothing of what they roll back, and survives losing its backend.
 */
@DatabaseTest(demoData = true)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseEventsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    PosFixture pos;
    DatabaseEvents events;
    // New queues for every test: a previous test's notification can still be in delivery when its
    // subscriptions close (a closed subscription may hear the event already being dispatched).
    BlockingQueue<DatabaseEvent> orders;
    BlockingQueue<DatabaseEvent> stock;
    BlockingQueue<DatabaseEvent> catalog;
    BlockingQueue<ConnectionState> states;
    final List<Thread> listenerThreads = new ArrayList<>();
    final List<Subscription> subscriptions = new ArrayList<>();

    @BeforeAll
    void open(TestDatabase db) {
        pos = new PosFixture(db, 2);
        events = DatabaseEvents.open(new DatabaseSettings(db.jdbcUrl(), PosFixture.TERMINAL_ROLE, null, 1));
    }

    @BeforeEach
    void subscribe() {
        orders = new LinkedBlockingQueue<>();
        stock = new LinkedBlockingQueue<>();
        catalog = new LinkedBlockingQueue<>();
        states = new LinkedBlockingQueue<>();
        subscriptions.add(events.subscribe(Channel.ORDERS, e -> {
            synchronized (listenerThreads) {
                listenerThreads.add(Thread.currentThread());
            }
            orders.add(e);
        }));
        subscriptions.add(events.subscribe(Channel.STOCK, stock::add));
        subscriptions.add(events.subscribe(Channel.CATALOG, catalog::add));
        subscriptions.add(events.onConnectionState(states::add));
        assertThat(states.poll()).as("the current state, at once").isEqualTo(ConnectionState.UP);
    }

    @AfterEach
    void unsubscribe() {
        subscriptions.forEach(Subscription::close);
        subscriptions.clear();
    }

    @AfterAll
    void close() {
        events.close();
        pos.close();
    }

    private PlacedOrder sell(String product, int quantity) {
        return pos.orders.place(pos.cashier, pos.cashSale(OrderLine.of(pos.productId(product), quantity)));
    }

    private static DatabaseEvent next(BlockingQueue<DatabaseEvent> queue, long millis) throws InterruptedException {
        DatabaseEvent e = queue.poll(millis, TimeUnit.MILLISECONDS);
        assertThat(e).as("an event within " + millis + " ms").isNotNull();
        return e;
    }

    private static Map<String, Object> payload(DatabaseEvent e) throws Exception {
        return JSON.readValue(e.payload(), new TypeReference<Map<String, Object>>() { });
    }

    @Test
    void anOrderPlacedOnAnotherConnectionIsHeardWithinOneSecond() throws Exception {
        PlacedOrder placed = sell("Печенье", 1);

        DatabaseEvent e = next(orders, 1_000);
        assertThat(e.kind()).isEqualTo(DatabaseEvent.Kind.CHANGE);
        assertThat(payload(e)).containsEntry("order_id", (int) placed.orderId()).containsEntry("status", "pending")
                .containsEntry("number", placed.dailyNumber())
                .containsEntry("terminal_id", (int) pos.cashier.terminalId());
        assertThat(e.payload().length()).isLessThan(200);
        synchronized (listenerThreads) {
            assertThat(listenerThreads).allSatisfy(t -> {
                assertThat(t.getName()).isEqualTo(DatabaseEvents.THREAD_NAME);
                assertThat(t.isDaemon()).isTrue();
            });
        }

        pos.orders.startPreparing(pos.cashier, List.of(placed.orderId()));
        assertThat(payload(next(orders, 1_000))).containsEntry("status", "preparing");
    }

    @Test
    void aSaleNotifiesTheStockChannelAndATransactionNotifiesItOnce() throws Exception {
        sell("Эспрессо", 1);
        assertThat(next(stock, 1_000).kind()).isEqualTo(DatabaseEvent.Kind.CHANGE);
        next(orders, 1_000);

        // Two deliveries in one transaction: two ledger statements, one notification.
        try (Connection c = pos.db.connect()) {
            c.setAutoCommit(false);
            for (String ingredient : List.of("Молоко", "Печенье")) {
                try (PreparedStatement ps = c.prepareStatement(
                        "select pos.record_stock_movement(?, 10, 'receipt', ?, 'delivery')")) {
                    ps.setLong(1, pos.ingredientId(ingredient));
                    ps.setLong(2, pos.cashier.employeeId());
                    ps.executeQuery().close();
                }
            }
            c.commit();
        }
        assertThat(next(stock, 1_000).payload()).isEmpty();
        assertThat(stock.poll(300, TimeUnit.MILLISECONDS)).as("one notification per transaction").isNull();
        assertThat(orders).as("a delivery is no order change").isEmpty();
        assertThat(catalog).isEmpty();
    }

    @Test
    void aCatalogChangeNamesTheTable() throws Exception {
        pos.db.execute("update pos.product set price_minor = price_minor where name = 'Эспрессо'");
        assertThat(next(catalog, 1_000).payload()).isEqualTo("product");
    }

    @Test
    void aRolledBackTransactionNotifiesNothing() throws Exception {
        // A sale refused for stock: the order row was inserted before the shortage was found, then rolled back.
        assertThatThrownBy(() -> sell("Чизкейк", 5)).isInstanceOf(InsufficientStockException.class);
        // A sale that went through, then was rolled back by its caller.
        try (Connection c = pos.db.connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(
                    "select order_id from pos.place_order(?, ?, ?, cast(null as bigint), 0, cast(? as jsonb))")) {
                ps.setObject(1, UUID.randomUUID());
                ps.setLong(2, pos.cashier.employeeId());
                ps.setLong(3, pos.cashier.terminalId());
                ps.setString(4, "[{\"product_id\": " + pos.productId("Печенье") + ", \"quantity\": 1}]");
                try (ResultSet rs = ps.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                }
            }
            c.rollback();
        }
        // Notifications arrive in commit order, so once this committed sale is heard, anything the rolled-back
        // ones had sent would have been heard before it.
        PlacedOrder committed = sell("Печенье", 1);

        assertThat(payload(next(orders, 1_000))).containsEntry("order_id", (int) committed.orderId());
        assertThat(next(stock, 1_000).kind()).isEqualTo(DatabaseEvent.Kind.CHANGE);
        assertThat(orders.poll(200, TimeUnit.MILLISECONDS)).isNull();
        assertThat(stock).isEmpty();
    }

    @Test
    void losingTheBackendReportsDownThenReconnectsAndAsksEveryScreenToReRead() throws Exception {
        assertThat(terminateEventsBackend()).isEqualTo(1);

        assertThat(states.poll(2, TimeUnit.SECONDS)).isEqualTo(ConnectionState.DOWN);
        assertThat(states.poll(5, TimeUnit.SECONDS)).isEqualTo(ConnectionState.UP);
        assertThat(events.state()).isEqualTo(ConnectionState.UP);
        assertThat(next(orders, 1_000).isResync()).isTrue();
        assertThat(next(stock, 1_000).isResync()).isTrue();
        assertThat(next(catalog, 1_000).isResync()).isTrue();

        // Listening again, without a restart.
        PlacedOrder placed = sell("Печенье", 1);
        assertThat(payload(next(orders, 1_000))).containsEntry("order_id", (int) placed.orderId());
    }

    @Test
    void aClosedSubscriptionHearsNothing() throws Exception {
        BlockingQueue<DatabaseEvent> late = new LinkedBlockingQueue<>();
        Subscription s = events.subscribe(Channel.ORDERS, late::add);
        s.close();
        s.close();
        sell("Печенье", 1);
        next(orders, 1_000);
        assertThat(late).isEmpty();
    }

    @Test
    void aFailingListenerDoesNotStopTheOthers() throws Exception {
        subscriptions.add(events.subscribe(Channel.ORDERS, e -> {
            throw new IllegalStateException("a broken screen");
        }));
        BlockingQueue<DatabaseEvent> after = new LinkedBlockingQueue<>();
        subscriptions.add(events.subscribe(Channel.ORDERS, after::add));
        sell("Печенье", 1);
        next(after, 1_000);
        sell("Печенье", 1);
        next(after, 1_000);
    }

    private int terminateEventsBackend() throws SQLException {
        try (Connection c = pos.db.connect(); PreparedStatement ps = c.prepareStatement(
                "select count(*) filter (where pg_terminate_backend(pid)) from pg_stat_activity "
                        + "where application_name = ? and datname = current_database()")) {
            ps.setString(1, DatabaseEvents.APPLICATION_NAME);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
