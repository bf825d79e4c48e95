package app.stoika.pos.testing;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import app.stoika.db.testing.TestDatabase;
import app.stoika.pos.customer.CustomerService;
import app.stoika.pos.customer.HibernateCustomerRepository;
import app.stoika.pos.inventory.HibernateInventoryRepository;
import app.stoika.pos.inventory.InventoryService;
import app.stoika.pos.order.HibernateOrderRepository;
import app.stoika.pos.order.OrderLine;
import app.stoika.pos.order.OrderService;
import app.stoika.pos.order.PlaceOrder;
import app.stoika.pos.payment.HibernatePaymentRepository;
import app.stoika.pos.payment.Payment;
import app.stoika.pos.payment.PaymentService;
import app.stoika.pos.persistence.DatabaseSettings;
import app.stoika.pos.persistence.PosDatabase;
import app.stoika.pos.security.AuthService;
import app.stoika.pos.security.EmployeeSession;
import app.stoika.pos.security.HibernateAuthRepository;
import app.stoika.pos.security.Password;
import app.stoika.pos.security.Pin;
import app.stoika.pos.shared.Money;
import app.stoika.pos.shift.HibernateShiftRepository;
import app.stoika.pos.shift.ShiftService;
import app.stoika.pos.staff.HibernateStaffRepository;
import app.stoika.pos.staff.StaffService;

/**
 * Real services over a real test database, wired the way the app wires them and connected as the
 * terminal role {@value #TERMINAL_ROLE}, exactly as a till connects. Three demo employees are logged in
 * at three terminals (one open session per terminal), each till with an open shift so that it can sell.
 * Assertions read the database directly (as the superuser) with {@link #scalar} so that they check what
 * was stored, not what the code believes.
 */
public final class PosFixture implements AutoCloseable {
    public static final String TERMINAL_ROLE = "stoika_terminal";
    /** Demo-only credentials from demo-data.sql (docs/security.md). */
    public static final Pin CASHIER_PIN = new Pin("3333");
    public static final Pin MANAGER_PIN = new Pin("2222");
    public static final Pin ADMIN_PIN = new Pin("1111");
    public static final String ADMIN_LOGIN = "anna";
    public static final Password ADMIN_PASSWORD = new Password("demo-admin-pass");
    public static final String CASHIER = "Мария Иванова";
    public static final String MANAGER = "Дмитрий Козлов";
    public static final String ADMIN = "Анна Смирнова";
    /** The cash each fixture till's shift opens with. */
    public static final Money OPENING_FLOAT = Money.rub(500_000);

    public final TestDatabase db;
    public final PosDatabase database;
    public final AuthService auth;
    public final OrderService orders;
    public final InventoryService inventory;
    public final CustomerService customers;
    public final StaffService staff;
    public final ShiftService shifts;
    public final PaymentService payments;
    /** Мария (cashier, PIN) at Касса 1. */
    public final EmployeeSession cashier;
    /** Дмитрий (manager, PIN) at Касса 2. */
    public final EmployeeSession manager;
    /** Анна (admin, password) at Бар. */
    public final EmployeeSession admin;

    public PosFixture(TestDatabase db, int poolSize) {
        this.db = db;
        this.database = PosDatabase.open(new DatabaseSettings(db.jdbcUrl(), TERMINAL_ROLE, null, poolSize));
        var tx = database.transactions();
        var orderRepository = new HibernateOrderRepository(database.sessionFactory(), Money.RUB);
        this.auth = new AuthService(tx, new HibernateAuthRepository(database.sessionFactory()));
        this.orders = new OrderService(tx, orderRepository);
        this.inventory = new InventoryService(tx, new HibernateInventoryRepository(database.sessionFactory()));
        this.customers = new CustomerService(tx, new HibernateCustomerRepository(database.sessionFactory()), orderRepository);
        this.staff = new StaffService(tx, new HibernateStaffRepository(database.sessionFactory()));
        this.shifts = new ShiftService(tx, new HibernateShiftRepository(database.sessionFactory(), Money.RUB));
        this.payments = new PaymentService(tx, new HibernatePaymentRepository(database.sessionFactory(), Money.RUB));
        this.cashier = openShift(auth.loginWithPin(terminalId("Касса 1"), employeeId(CASHIER), CASHIER_PIN));
        this.manager = openShift(auth.loginWithPin(terminalId("Касса 2"), employeeId(MANAGER), MANAGER_PIN));
        this.admin = openShift(auth.loginWithPassword(terminalId("Бар"), ADMIN_LOGIN, ADMIN_PASSWORD));
    }

    /**
     * Logs the cashier in at a terminal of its own (created if needed) with a shift open there: a till ready
     * to sell, for tests that need many tills.
     */
    public EmployeeSession cashierAt(String terminalName) {
        return openShift(loginAt(terminalName, CASHIER, CASHIER_PIN));
    }

    /** Opens a shift with {@link #OPENING_FLOAT} at the session's till unless one is open there. */
    public EmployeeSession openShift(EmployeeSession session) {
        if (shifts.current(session).isEmpty()) {
            shifts.open(session, OPENING_FLOAT);
        }
        return session;
    }

    /**
     * What the database will charge for these lines at today's catalog prices, computed here the way a
     * cashier's screen shows the total (the database computes it again and compares).
     */
    public Money priceOf(List<OrderLine> lines) {
        long total = 0;
        for (OrderLine line : lines) {
            long unit = id("select price_minor from pos.product where id = ?", line.productId());
            for (long option : line.optionIds()) {
                unit += id("select price_delta_minor from pos.modifier_option where id = ?", option);
            }
            total += unit * line.quantity();
        }
        return Money.rub(total);
    }

    /** A sale of these lines, paid exactly in cash. */
    public PlaceOrder cashSale(OrderLine... lines) {
        return paidInCash(PlaceOrder.of(List.of(lines)));
    }

    /** The same request (same client order id) paid exactly in cash: its price less its points discount. */
    public PlaceOrder paidInCash(PlaceOrder request) {
        long pointValue = id("select value::bigint from pos.setting where key = 'loyalty.point_value_minor'");
        Money total = priceOf(request.lines()).minus(Money.rub(request.redeemPoints() * pointValue));
        return paidInCash(request, total);
    }

    /** The request paid with exactly {@code total} in cash (no payment for a zero total). */
    public static PlaceOrder paidInCash(PlaceOrder request, Money total) {
        return request.withPayments(total.isZero() ? List.of() : List.of(Payment.cash(total, null)));
    }

    /**
     * Logs an employee in with a PIN at a terminal of its own (created if needed), so that the fixture's
     * sessions stay open (a login ends the previous session at the same terminal).
     */
    public EmployeeSession loginAt(String terminalName, String employee, Pin pin) {
        db.execute("insert into pos.terminal (name) values ('" + terminalName.replace("'", "''") + "') on conflict do nothing");
        return auth.loginWithPin(terminalId(terminalName), employeeId(employee), pin);
    }

    public long id(String sql, Object... args) {
        return ((Number) scalar(sql, args)).longValue();
    }

    public BigDecimal decimal(String sql, Object... args) {
        return (BigDecimal) scalar(sql, args);
    }

    public Object scalar(String sql, Object... args) {
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

    public long productId(String name) {
        return id("select id from pos.product where name = ?", name);
    }

    public long ingredientId(String name) {
        return id("select id from pos.ingredient where name = ?", name);
    }

    public long optionId(String group, String option) {
        return id("select o.id from pos.modifier_option o join pos.modifier_group g on g.id = o.group_id "
                + "where g.name = ? and o.name = ?", group, option);
    }

    public BigDecimal onHand(String ingredient) {
        return decimal("select on_hand from pos.ingredient where name = ?", ingredient);
    }

    public long employeeId(String name) {
        return id("select id from pos.employee where full_name = ?", name);
    }

    public long terminalId(String name) {
        return id("select id from pos.terminal where name = ?", name);
    }

    public long count(String sql, Object... args) {
        return id(sql, args);
    }

    @Override
    public void close() {
        database.close();
    }
}
