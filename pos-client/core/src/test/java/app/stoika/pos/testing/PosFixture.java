package app.stoika.pos.testing;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import app.stoika.db.testing.TestDatabase;
import app.stoika.pos.customer.CustomerService;
import app.stoika.pos.customer.HibernateCustomerRepository;
import app.stoika.pos.inventory.HibernateInventoryRepository;
import app.stoika.pos.inventory.InventoryService;
import app.stoika.pos.order.HibernateOrderRepository;
import app.stoika.pos.order.OrderService;
import app.stoika.pos.persistence.DatabaseSettings;
import app.stoika.pos.persistence.PosDatabase;
import app.stoika.pos.shared.Money;
import app.stoika.pos.staff.HibernateStaffRepository;
import app.stoika.pos.staff.StaffService;

/**
 * Real services over a real test database, wired the way the app wires them. Assertions read the
 * database directly with {@link #scalar} so that they check what was stored, not what the code believes.
 */
public final class PosFixture implements AutoCloseable {
    public final TestDatabase db;
    public final PosDatabase database;
    public final OrderService orders;
    public final InventoryService inventory;
    public final CustomerService customers;
    public final StaffService staff;

    public PosFixture(TestDatabase db, int poolSize) {
        this.db = db;
        this.database = PosDatabase.open(new DatabaseSettings(db.jdbcUrl(), db.user(), null, poolSize));
        var tx = database.transactions();
        var orderRepository = new HibernateOrderRepository(database.sessionFactory(), Money.RUB);
        this.orders = new OrderService(tx, orderRepository);
        this.inventory = new InventoryService(tx, new HibernateInventoryRepository(database.sessionFactory()));
        this.customers = new CustomerService(tx, new HibernateCustomerRepository(database.sessionFactory()), orderRepository);
        this.staff = new StaffService(tx, new HibernateStaffRepository(database.sessionFactory()));
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
