package app.stoika.pos.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import app.stoika.db.testing.DatabaseTest;
import app.stoika.db.testing.TestDatabase;
import app.stoika.pos.order.OrderLine;
import app.stoika.pos.order.PlaceOrder;
import app.stoika.pos.order.PlacedOrder;
import app.stoika.pos.testing.PosFixture;

/**
 * What a cashier who copied the till's database credentials into psql could try. Each attempt connects
 * with the terminal role through plain JDBC, bypassing the app, and must be refused by PostgreSQL itself:
 * SQLSTATE 42501 (insufficient privilege) or SX403 (no valid session / not permitted).
 */
@DatabaseTest(demoData = true)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TerminalRoleTest {
    static final String DENIED = "42501";
    static final String NO_SESSION = "SX403";

    PosFixture pos;
    Connection terminal;
    long cookie;

    @BeforeAll
    void open(TestDatabase db) {
        pos = new PosFixture(db, 2);
        cookie = pos.productId("Печенье");
    }

    @AfterAll
    void close() {
        pos.close();
    }

    @BeforeEach
    void connectAsTheTerminal() throws SQLException {
        terminal = DriverManager.getConnection(pos.db.jdbcUrl(), PosFixture.TERMINAL_ROLE, null);
    }

    @AfterEach
    void disconnect() throws SQLException {
        terminal.close();
    }

    private void refused(String expectedState, String sql, Object... args) {
        assertThatThrownBy(() -> {
            try (PreparedStatement ps = terminal.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    ps.setObject(i + 1, args[i]);
                }
                ps.execute();
            }
        }).as(sql).isInstanceOfSatisfying(SQLException.class,
                e -> assertThat(e.getSQLState()).as(sql + ": " + e.getMessage()).isEqualTo(expectedState));
    }

    private Object query(String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = terminal.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getObject(1);
            }
        }
    }

    private String items() {
        return "[{\"product_id\": " + cookie + ", \"quantity\": 1}]";
    }

    /** One cookie (90 ₽), paid exactly in cash. */
    private static final String PAID = "[{\"method\": \"cash\", \"amount_minor\": 9000}]";

    @Test
    void theTerminalConnectsAsItselfAndNotAsASuperuser() throws SQLException {
        assertThat(query("select current_user")).isEqualTo("stoika_terminal");
        assertThat(query("select rolsuper or rolcreaterole or rolcreatedb or rolbypassrls from pg_roles where rolname = current_user"))
                .isEqualTo(false);
        // What the screens need is readable.
        assertThat(((Number) query("select count(*) from pos.product")).longValue()).isPositive();
        assertThat(((Number) query("select count(*) from pos.employee where active")).longValue()).isPositive();
    }

    @Test
    void cannotReadPasswordOrPinHashes() {
        refused(DENIED, "select pin_hash, password_hash from pos.employee_credential");
        refused(DENIED, "select count(*) from pos.employee_credential");
        refused(DENIED, "select * from pos.employee");          // includes the salary column
        refused(DENIED, "select salary_minor from pos.employee");
    }

    @Test
    void cannotChangeAPriceDirectlyNorWithoutAManager() {
        refused(DENIED, "update pos.product set price_minor = 1 where id = ?", cookie);
        refused(DENIED, "insert into pos.product (category_id, name, price_minor) values (1, 'free coffee', 0)");
        refused(DENIED, "update pos.modifier_option set price_delta_minor = 0");
        // The price function with a cashier's session but no manager approval:
        refused(NO_SESSION, "select pos.set_product_price(?, ?, 1, null)", pos.cashier.token(), cookie);
        assertThat(pos.count("select price_minor from pos.product where id = ?", cookie)).isEqualTo(9_000);
    }

    @Test
    void cannotDeleteOrEditAnOrder() {
        PlacedOrder order = pos.orders.place(pos.cashier, pos.cashSale(OrderLine.of(cookie, 2)));
        refused(DENIED, "delete from pos.customer_order where id = ?", order.orderId());
        refused(DENIED, "update pos.customer_order set subtotal_minor = 0 where id = ?", order.orderId());
        refused(DENIED, "update pos.customer_order set status = 'completed' where id = ?", order.orderId());
        refused(DENIED, "update pos.order_item set quantity = 1 where order_id = ?", order.orderId());
        refused(DENIED, "delete from pos.order_item where order_id = ?", order.orderId());
        refused(DENIED, "truncate pos.customer_order cascade");
        refused(DENIED, "select * from pos.customer_order where id = ? for update", order.orderId());
        // Nor through the internal functions that take ids instead of a session.
        refused(DENIED, "select pos.set_order_status(array[?]::bigint[], 'completed', ?)", order.orderId(), pos.cashier.employeeId());
        refused(DENIED, "select pos.cancel_order(?, ?, 'x', 'waste')", order.orderId(), pos.cashier.employeeId());
        refused(DENIED, "select pos.cancel_order_items(?, ?, '[]'::jsonb)", order.orderId(), pos.cashier.employeeId());
        assertThat(pos.count("select subtotal_minor from pos.customer_order where id = ?", order.orderId())).isEqualTo(18_000);
    }

    @Test
    void cannotInsertACompletedOrderOrAStockMovementWithoutASession() {
        long orders = pos.count("select count(*) from pos.customer_order");
        long movements = pos.count("select count(*) from pos.stock_movement");
        refused(DENIED, """
                insert into pos.customer_order (client_order_id, business_day, daily_number, status, employee_id,
                                                terminal_id, subtotal_minor)
                values (gen_random_uuid(), current_date, 999, 'completed', 1, 1, 100)""");
        refused(DENIED, "insert into pos.stock_movement (ingredient_id, delta, kind, reason) values (1, 1000, 'receipt', 'x')");
        refused(DENIED, "insert into pos.loyalty_entry (customer_id, points, kind) values (1, 1000, 'adjustment')");
        // The internal functions are not executable by the terminal at all.
        refused(DENIED, "select * from pos.place_order(?, ?, ?, null, 0, cast(? as jsonb))",
                UUID.randomUUID(), pos.cashier.employeeId(), pos.cashier.terminalId(), items());
        refused(DENIED, "select pos.record_stock_movement(1::bigint, 1000::numeric, 'receipt', 1::bigint, 'x')");
        // The session functions without a session, or with garbage in its place.
        for (String token : new String[] {null, "", "x", "' or 1=1 --", "0".repeat(64)}) {
            refused(NO_SESSION, "select * from pos.place_order(?, ?, null, 0, cast(? as jsonb), null, cast(? as jsonb))",
                    token, UUID.randomUUID(), items(), PAID);
            refused(NO_SESSION, "select pos.record_stock_movement(?, 1::bigint, 1000::numeric, 'receipt', 'x', null)", token);
        }
        assertThat(pos.count("select count(*) from pos.customer_order")).isEqualTo(orders);
        assertThat(pos.count("select count(*) from pos.stock_movement")).isEqualTo(movements);
    }

    @Test
    void cannotUseAnotherEmployeesSessionOnceItEnded() throws SQLException {
        String sell = "select * from pos.place_order(?, ?, null, 0, cast(? as jsonb), null, cast(? as jsonb))";
        // A guessed token.
        String guessed = pos.cashier.token().substring(0, 63) + (pos.cashier.token().endsWith("0") ? "1" : "0");
        refused(NO_SESSION, sell, guessed, UUID.randomUUID(), items(), PAID);

        // A cashier's token after they logged out.
        EmployeeSession elena = pos.openShift(pos.loginAt("Касса 3", "Елена Соколова", new Pin("5555")));
        assertThat(query(sell.replace("*", "replayed"), elena.token(), UUID.randomUUID(), items(), PAID)).isEqualTo(false);
        pos.auth.logout(elena);
        refused(NO_SESSION, sell, elena.token(), UUID.randomUUID(), items(), PAID);

        // A session switched out by the next login at the same terminal.
        EmployeeSession alexey = pos.loginAt("Касса 3", "Алексей Петров", new Pin("4444"));
        EmployeeSession next = pos.loginAt("Касса 3", "Елена Соколова", new Pin("5555"));
        refused(NO_SESSION, sell, alexey.token(), UUID.randomUUID(), items(), PAID);

        // A session left idle longer than security.session_idle_minutes.
        pos.db.execute("update pos.employee_session set last_seen = now() - interval '31 minutes' where id = " + next.sessionId());
        refused(NO_SESSION, sell, next.token(), UUID.randomUUID(), items(), PAID);
        refused(NO_SESSION, "select * from pos.session_info(?)", next.token());
    }

    @Test
    void cannotRaiseItsOwnRole() {
        refused(DENIED, "set role stoika_owner");
        refused(DENIED, "set session authorization stoika_owner");
        refused(DENIED, "alter role stoika_terminal superuser");
        refused(DENIED, "alter role stoika_terminal createrole");
        refused(DENIED, "alter role stoika_terminal bypassrls");
        refused(DENIED, "grant stoika_owner to stoika_terminal");
        refused(DENIED, "grant pg_read_all_data to stoika_terminal");
        refused(DENIED, "grant select on pos.employee_credential to stoika_terminal");
        refused(DENIED, "alter table pos.product owner to stoika_terminal");
    }

    @Test
    void cannotTouchTheAuditLog() {
        refused(DENIED, "select * from pos.audit_log");
        refused(DENIED, "update pos.audit_log set details = '{}'");
        refused(DENIED, "delete from pos.audit_log");
        refused(DENIED, "insert into pos.audit_log (chain, seq, at, action, prev_hash, hash) values ('x', 1, now(), 'x', '', '')");
        refused(DENIED, "truncate pos.audit_log");
        refused(DENIED, "update pos.audit_chain set seq = 0");
        refused(DENIED, "select pos.audit(1, 1, null, null, 'sale', 'order', 1, '{}')");
        refused(DENIED, "select * from pos.verify_audit_chain()");
        refused(DENIED, "alter table pos.audit_log disable trigger all");
    }

    @Test
    void cannotCreateFunctionsRolesOrOtherObjects() {
        refused(DENIED, "create function pos.backdoor() returns int language sql as 'select 1'");
        refused(DENIED, "create function public.backdoor() returns int language sql as 'select 1'");
        refused(DENIED, "create or replace function pos.forbid_change() returns trigger language plpgsql as 'begin return null; end'");
        refused(DENIED, "create role backdoor superuser");
        refused(DENIED, "create role backdoor");
        refused(DENIED, "create table pos.backdoor (x int)");
        refused(DENIED, "create schema backdoor");
        // (TEMPORARY is revoked from PUBLIC by afterMigrate.sql on the migrated database; test databases are
        // clones, and a database's ACL is not copied from its template, so that is not asserted here.)
        refused(DENIED, "drop function pos.place_order(text, uuid, bigint, bigint, jsonb, text, jsonb)");
    }

    @Test
    void cannotReadAnotherTerminalsSessionOrApprovals() {
        refused(DENIED, "select token_hash, employee_id, terminal_id from pos.employee_session");
        refused(DENIED, "select count(*) from pos.employee_session where terminal_id <> ?", pos.cashier.terminalId());
        refused(DENIED, "select * from pos.approval");
        refused(DENIED, "select * from pos.current_session(?)", pos.manager.token());
        refused(DENIED, "update pos.employee_session set ended_at = null");
    }

    @Test
    void aCashiersSessionCannotDoManagerOrAdminWork() {
        refused(NO_SESSION, "select pos.record_stock_movement(?, 1::bigint, -1::numeric, 'waste', 'x', null)", pos.cashier.token());
        refused(NO_SESSION, "select pos.count_stock(?, 1::bigint, 0::numeric, 'x', null)", pos.cashier.token());
        refused(NO_SESSION, "select pos.create_employee(?, 'Mallory', 1, 'admin', 0, null, '0000', 'mallory', 'password123')",
                pos.cashier.token());
        refused(NO_SESSION, "select pos.set_employee_role(?, ?, 'admin')", pos.cashier.token(), pos.cashier.employeeId());
        refused(NO_SESSION, "select pos.set_employee_pin(?, ?, '0000')", pos.cashier.token(), pos.employeeId(PosFixture.ADMIN));
        // A manager may approve stock work but not user management.
        refused(NO_SESSION, "select pos.create_employee(?, 'Mallory', 1, 'admin', 0, null, '0000', 'mallory', 'password123')",
                pos.manager.token());
        assertThat(pos.count("select count(*) from pos.employee where full_name = 'Mallory'")).isZero();
    }

    @Test
    void anApprovalWorksOnceForItsOwnSessionAndActionOnly() throws SQLException {
        Approval approval = pos.auth.approve(pos.cashier, pos.manager.employeeId(), PosFixture.MANAGER_PIN, Permission.STOCK_ADJUST);
        // Not from another session, not for another action.
        EmployeeSession other = pos.cashierAt("Касса для проверки одобрений");
        refused(NO_SESSION, "select pos.record_stock_movement(?, 1::bigint, -1::numeric, 'waste', 'x', ?)", other.token(), approval.token());
        refused(NO_SESSION, "select pos.set_product_price(?, ?, 1, ?)", pos.cashier.token(), cookie, approval.token());
        // Once, for what it was given for.
        assertThat(query("select pos.record_stock_movement(?, 1::bigint, -1::numeric, 'waste', 'spilled', ?)",
                pos.cashier.token(), approval.token())).isNotNull();
        refused(NO_SESSION, "select pos.record_stock_movement(?, 1::bigint, -1::numeric, 'waste', 'again', ?)",
                pos.cashier.token(), approval.token());
    }

    @Test
    void anAdminPinSessionCannotManageUsersOnlyAPasswordSessionCan() {
        EmployeeSession adminByPin = pos.loginAt("Касса 4", PosFixture.ADMIN, PosFixture.ADMIN_PIN);
        refused(NO_SESSION, "select pos.set_employee_pin(?, ?, '9999')", adminByPin.token(), pos.cashier.employeeId());
    }
}
