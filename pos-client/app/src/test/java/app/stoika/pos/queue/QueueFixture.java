package app.stoika.pos.queue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import app.stoika.db.testing.TestDatabase;
import app.stoika.pos.customer.CustomerService;
import app.stoika.pos.customer.HibernateCustomerRepository;
import app.stoika.pos.order.HibernateOrderRepository;
import app.stoika.pos.order.OrderLine;
import app.stoika.pos.order.OrderService;
import app.stoika.pos.order.PlaceOrder;
import app.stoika.pos.order.PlacedOrder;
import app.stoika.pos.payment.Payment;
import app.stoika.pos.persistence.DatabaseSettings;
import app.stoika.pos.persistence.PosDatabase;
import app.stoika.pos.security.AuthService;
import app.stoika.pos.security.EmployeeSession;
import app.stoika.pos.security.HibernateAuthRepository;
import app.stoika.pos.security.Pin;
import app.stoika.pos.shared.Money;
import app.stoika.pos.shift.HibernateShiftRepository;
import app.stoika.pos.shift.ShiftService;
import app.stoika.pos.staff.HibernateStaffRepository;
import app.stoika.pos.staff.StaffService;

/**
 * Two tills on the demo café's test database, each with its own connection pool and connected as the terminal
 * role, as real tills are: the bar, where the queue screen runs with Мария (cashier) logged in, and Касса 1
 * with Алексей (cashier), whose sales and moves the queue must pick up by itself. Assertions read the
 * database directly as the superuser.
 */
final class QueueFixture implements AutoCloseable {
    static final String TERMINAL_ROLE = "stoika_terminal";
    /** Demo-only PINs (docs/security.md). */
    static final Pin BARISTA_PIN = new Pin("3333");
    static final Pin OTHER_CASHIER_PIN = new Pin("4444");
    static final Pin MANAGER_PIN = new Pin("2222");

    final TestDatabase db;
    final DatabaseSettings settings;
    private final PosDatabase bar;
    private final PosDatabase otherTill;
    final OrderService orders;
    final AuthService auth;
    final StaffService staff;
    final CustomerService customers;
    final OrderService otherOrders;
    final EmployeeSession barista;
    final EmployeeSession otherCashier;
    final long managerId;
    /** What the queue sees as the logged-in employee; set it empty to lock the screen. */
    final AtomicReference<Optional<EmployeeSession>> loggedIn = new AtomicReference<>();
    final TestClock clock = new TestClock();

    QueueFixture(TestDatabase db) {
        this.db = db;
        this.settings = new DatabaseSettings(db.jdbcUrl(), TERMINAL_ROLE, null, 2);
        this.bar = PosDatabase.open(settings);
        this.otherTill = PosDatabase.open(settings);
        var tx = bar.transactions();
        var orderRepository = new HibernateOrderRepository(bar.sessionFactory(), Money.RUB);
        this.orders = new OrderService(tx, orderRepository);
        this.auth = new AuthService(tx, new HibernateAuthRepository(bar.sessionFactory()));
        this.staff = new StaffService(tx, new HibernateStaffRepository(bar.sessionFactory()));
        this.customers = new CustomerService(tx, new HibernateCustomerRepository(bar.sessionFactory()), orderRepository);
        this.otherOrders = new OrderService(otherTill.transactions(),
                new HibernateOrderRepository(otherTill.sessionFactory(), Money.RUB));
        AuthService otherAuth = new AuthService(otherTill.transactions(), new HibernateAuthRepository(otherTill.sessionFactory()));
        this.barista = auth.loginWithPin(terminalId("Бар"), employeeId("Мария Иванова"), BARISTA_PIN);
        this.otherCashier = otherAuth.loginWithPin(terminalId("Касса 1"), employeeId("Алексей Петров"), OTHER_CASHIER_PIN);
        this.managerId = employeeId("Дмитрий Козлов");
        openShift(bar, barista);
        openShift(otherTill, otherCashier);
        loggedIn.set(Optional.of(barista));
    }

    QueueReader reader() {
        return new QueueReader(orders, staff, customers);
    }

    /**
     * The one place the tests sell. Selling may come to need more (an open cash shift, a payment): adapt
     * only this method.
     */
    PlacedOrder placeOrder(OrderService orders, EmployeeSession session, Optional<Long> customerId,
                           List<OrderLine> lines) {
        long total = 0;
        for (OrderLine line : lines) {
            long unit = number("select price_minor from pos.product where id = ?", line.productId());
            for (long option : line.optionIds()) {
                unit += number("select price_delta_minor from pos.modifier_option where id = ?", option);
            }
            total += unit * line.quantity();
        }
        List<Payment> paid = total == 0 ? List.of() : List.of(Payment.cash(Money.rub(total), null));
        return orders.place(session, new PlaceOrder(UUID.randomUUID(), customerId, 0, lines, paid));
    }

    /** Both tills sell in an open cash shift, as they must. */
    private static void openShift(PosDatabase till, EmployeeSession session) {
        ShiftService shifts = new ShiftService(till.transactions(), new HibernateShiftRepository(till.sessionFactory(), Money.RUB));
        if (shifts.current(session).isEmpty()) {
            shifts.open(session, Money.rub(0));
        }
    }

    /** A sale at the bar. */
    PlacedOrder sell(String product, int quantity) {
        return placeOrder(orders, barista, Optional.empty(), List.of(OrderLine.of(productId(product), quantity)));
    }

    /** A sale at the other till. */
    PlacedOrder sellAtOtherTill(String product, int quantity) {
        return placeOrder(otherOrders, otherCashier, Optional.empty(), List.of(OrderLine.of(productId(product), quantity)));
    }

    /** Completes whatever is still open, so a test starts with empty waiting and preparing columns. */
    void clearQueue() {
        List<Long> open = orders.queue().stream().map(o -> o.id()).toList();
        if (!open.isEmpty()) {
            orders.complete(barista, open);
        }
    }

    String status(long orderId) {
        return (String) scalar("select status from pos.customer_order where id = ?", orderId);
    }

    long productId(String name) {
        return number("select id from pos.product where name = ?", name);
    }

    long optionId(String group, String option) {
        return number("select o.id from pos.modifier_option o join pos.modifier_group g on g.id = o.group_id "
                + "where g.name = ? and o.name = ?", group, option);
    }

    long customerId(String name) {
        return number("select id from pos.customer where name = ?", name);
    }

    long employeeId(String name) {
        return number("select id from pos.employee where full_name = ?", name);
    }

    long terminalId(String name) {
        return number("select id from pos.terminal where name = ?", name);
    }

    long number(String sql, Object... args) {
        return ((Number) scalar(sql, args)).longValue();
    }

    Object scalar(String sql, Object... args) {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new AssertionError("No row for " + sql);
                }
                return rs.getObject(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        bar.close();
        otherTill.close();
    }

    /** The wall clock, moved forward on demand (for the waiting minutes). */
    static final class TestClock extends Clock {
        private volatile Duration ahead = Duration.ZERO;

        void setAhead(Duration d) {
            ahead = d;
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.systemDefault();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(ahead);
        }
    }
}
