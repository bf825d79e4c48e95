package app.stoika.pos.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import app.stoika.db.testing.DatabaseTest;
import app.stoika.db.testing.TestDatabase;
import app.stoika.pos.order.Disposition;
import app.stoika.pos.order.OrderLine;
import app.stoika.pos.order.OrderStatus;
import app.stoika.pos.order.PlaceOrder;
import app.stoika.pos.order.PlacedOrder;
import app.stoika.pos.persistence.DatabaseSettings;
import app.stoika.pos.persistence.PosDatabase;
import app.stoika.pos.shared.DomainException;
import app.stoika.pos.shared.ErrorKind;
import app.stoika.pos.shared.Quantity;
import app.stoika.pos.staff.Employee;
import app.stoika.pos.staff.Role;
import app.stoika.pos.testing.PosFixture;

/**
 * The app's own flows through the Java services with the same terminal-role credentials a till uses:
 * login, sell, cancel with a manager's approval, lockout, user management, and the audit check.
 */
@DatabaseTest(demoData = true)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecureFlowsTest {
    PosFixture pos;
    PosDatabase opsDatabase;
    AuditService audit;
    long cookie;
    long sandwich;

    @BeforeAll
    void open(TestDatabase db) {
        pos = new PosFixture(db, 3);
        // The audit check runs as the ops role (the terminal cannot read the log).
        opsDatabase = PosDatabase.open(new DatabaseSettings(db.jdbcUrl(), "stoika_ops", null, 1));
        audit = new AuditService(opsDatabase.transactions(), new HibernateAuthRepository(opsDatabase.sessionFactory()));
        cookie = pos.productId("Печенье");
        sandwich = pos.productId("Сэндвич с ветчиной и сыром");
    }

    @AfterAll
    void close() {
        opsDatabase.close();
        pos.close();
    }

    private long audited(String action, long sessionId) {
        return pos.count("select count(*) from pos.audit_log where action = ? and session_id = ?", action, sessionId);
    }

    @Test
    void aCashierLogsInSellsAndCancelsAPreparingOrderWithAManagersApproval() {
        EmployeeSession cashier = pos.cashierAt("Касса потока");
        assertThat(cashier.role()).isEqualTo(Role.CASHIER);
        assertThat(pos.auth.permissions(cashier)).contains(Permission.SELL).doesNotContain(Permission.CANCEL_PREPARING);

        PlacedOrder order = pos.orders.place(cashier, pos.cashSale(OrderLine.of(sandwich, 1)));
        assertThat(pos.count("select employee_id from pos.customer_order where id = ?", order.orderId())).isEqualTo(cashier.employeeId());
        assertThat(pos.count("select terminal_id from pos.customer_order where id = ?", order.orderId())).isEqualTo(cashier.terminalId());
        pos.orders.startPreparing(cashier, List.of(order.orderId()));

        // Being prepared: the cashier alone may not cancel it.
        assertThatThrownBy(() -> pos.orders.cancel(cashier, order.orderId(), "гость ушёл", Disposition.WASTE))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.FORBIDDEN);
                    assertThat(e.messageKey()).isEqualTo("security.error.not_permitted");
                    assertThat(e.arguments()).containsEntry("permission", "cancel_preparing").containsEntry("approvable", true);
                });
        // A wrong manager PIN is refused (and counted); a cashier cannot approve.
        assertThatThrownBy(() -> pos.auth.approve(cashier, pos.manager.employeeId(), new Pin("9999"), Permission.CANCEL_PREPARING))
                .isInstanceOfSatisfying(LoginRefusedException.class, e -> assertThat(e.messageKey()).isEqualTo("security.error.bad_credentials"));
        assertThatThrownBy(() -> pos.auth.approve(cashier, pos.employeeId("Елена Соколова"), new Pin("5555"), Permission.CANCEL_PREPARING))
                .isInstanceOfSatisfying(LoginRefusedException.class, e -> assertThat(e.messageKey()).isEqualTo("security.error.not_permitted"));

        Approval approval = pos.auth.approve(cashier, pos.manager.employeeId(), PosFixture.MANAGER_PIN, Permission.CANCEL_PREPARING);
        assertThat(approval.toString()).doesNotContain(approval.token());
        assertThat(pos.orders.cancel(cashier, order.orderId(), "гость ушёл", Disposition.WASTE, approval)).isEqualTo(OrderStatus.CANCELLED);

        // The manager is recorded beside the cashier, on the row and in the audit log.
        assertThat(pos.orders.cancellationsOf(order.orderId())).singleElement().satisfies(c -> {
            assertThat(c.employeeId()).isEqualTo(cashier.employeeId());
            assertThat(c.approvedBy()).contains(pos.manager.employeeId());
        });
        assertThat(pos.count("select approver_id from pos.audit_log where action = 'cancel' and entity_id = ?", order.orderId()))
                .isEqualTo(pos.manager.employeeId());
        assertThat(audited("sale", cashier.sessionId())).isEqualTo(1);
        assertThat(audited("approval_failed", cashier.sessionId())).isEqualTo(2);
        assertThat(audited("approval_granted", cashier.sessionId())).isEqualTo(1);

        // Logged out, the session is worthless.
        assertThat(pos.auth.logout(cashier)).isTrue();
        assertThatThrownBy(() -> pos.orders.place(cashier, PlaceOrder.of(List.of(OrderLine.of(cookie, 1)))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("security.error.no_session"));
        assertThat(audit.verify()).isEmpty();
    }

    @Test
    void aManagersOwnSessionNeedsNoApprovalAndStockWorkIsRecordedAgainstTheSession() {
        long milk = pos.ingredientId("Молоко");
        BigDecimal before = pos.onHand("Молоко");
        pos.inventory.writeOff(pos.manager, milk, Quantity.of(100), "прокисло", null);
        assertThat(pos.inventory.adjustToCount(pos.manager, milk, before, "пересчёт", null)).isEqualByComparingTo("100");
        assertThat(pos.onHand("Молоко")).isEqualByComparingTo(before);
        assertThat(pos.count("select count(*) from pos.stock_movement where ingredient_id = ? and employee_id = ? and kind in ('waste', 'adjustment')",
                milk, pos.manager.employeeId())).isEqualTo(2);

        // A cashier can take a delivery but not write off.
        pos.inventory.restock(pos.cashier, milk, Quantity.of(1000), "поставка");
        assertThatThrownBy(() -> pos.inventory.writeOff(pos.cashier, milk, Quantity.of(1), "x", null))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.FORBIDDEN));
    }

    @Test
    void fiveWrongPinsLockTheEmployeeOutAndEveryAttemptIsRecorded() {
        long alexey = pos.employeeId("Алексей Петров");
        long till = pos.terminalId("Касса 1");
        long failedBefore = pos.count("select count(*) from pos.audit_log where action = 'login_failed' and employee_id = ?", alexey);
        for (int i = 1; i <= 4; i++) {
            assertThatThrownBy(() -> pos.auth.loginWithPin(till, alexey, new Pin("0000")))
                    .isInstanceOfSatisfying(LoginRefusedException.class, e -> assertThat(e.locked()).isFalse());
            assertThat(pos.count("select failed_attempts from pos.employee_credential where employee_id = ?", alexey)).isEqualTo(i);
        }
        assertThatThrownBy(() -> pos.auth.loginWithPin(till, alexey, new Pin("0000")))
                .isInstanceOfSatisfying(LoginRefusedException.class, e -> {
                    assertThat(e.locked()).isTrue();
                    assertThat(e.lockedUntil()).isPresent();
                });
        // Now even the right PIN is refused until the lockout ends.
        assertThatThrownBy(() -> pos.auth.loginWithPin(till, alexey, new Pin("4444")))
                .isInstanceOfSatisfying(LoginRefusedException.class, e -> assertThat(e.locked()).isTrue());
        assertThat(pos.count("select count(*) from pos.audit_log where action = 'login_failed' and employee_id = ?", alexey))
                .isEqualTo(failedBefore + 6);
        assertThat(pos.count("select count(*) from pos.audit_log where action = 'login_failed' and employee_id = ? "
                + "and details ->> 'reason' = 'locked'", alexey)).isEqualTo(1);
        // The cashier's session at Касса 1 survived all of this: failed logins switch nobody out.
        assertThat(pos.auth.permissions(pos.cashier)).contains(Permission.SELL);

        // When the lockout has passed, the right PIN works again.
        pos.db.execute("update pos.employee_credential set locked_until = now() - interval '1 second' where employee_id = " + alexey);
        EmployeeSession session = pos.loginAt("Касса блокировки", "Алексей Петров", new Pin("4444"));
        assertThat(session.employeeId()).isEqualTo(alexey);
        assertThat(pos.count("select failed_attempts from pos.employee_credential where employee_id = ?", alexey)).isZero();
    }

    @Test
    void passwordLoginsAndUnknownEmployeesAndTerminals() {
        long bar = pos.terminalId("Бар");
        assertThatThrownBy(() -> pos.auth.loginWithPassword(bar, "anna", new Password("wrong-password")))
                .isInstanceOf(LoginRefusedException.class);
        assertThatThrownBy(() -> pos.auth.loginWithPassword(bar, "nobody", new Password("whatever-it-is")))
                .isInstanceOfSatisfying(LoginRefusedException.class, e -> assertThat(e.messageKey()).isEqualTo("security.error.bad_credentials"));
        assertThatThrownBy(() -> pos.auth.loginWithPin(987_654L, pos.cashier.employeeId(), PosFixture.CASHIER_PIN))
                .isInstanceOfSatisfying(LoginRefusedException.class, e -> assertThat(e.messageKey()).isEqualTo("security.error.unknown_terminal"));
        // Cashiers have no password.
        assertThat(pos.count("select count(*) from pos.employee_credential where employee_id = ? and password_hash is null",
                pos.cashier.employeeId())).isEqualTo(1);
        // The hashes are bcrypt, salted: two equal PINs do not hash alike.
        assertThat(pos.scalar("select pin_hash from pos.employee_credential where employee_id = ?", pos.cashier.employeeId()).toString())
                .startsWith("$2a$08$");
    }

    @Test
    void anAdminManagesUsersButCannotLockOutTheLastAdmin() {
        long adminId = pos.admin.employeeId();
        assertThatThrownBy(() -> pos.staff.setRole(pos.admin, adminId, Role.MANAGER))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("staff.error.last_admin"));
        assertThatThrownBy(() -> pos.staff.deactivate(pos.admin, adminId))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("staff.error.last_admin"));
        assertThat(pos.count("select count(*) from pos.employee where id = ? and role = 'admin' and active", adminId)).isEqualTo(1);

        // Hire a cashier with a PIN; they can log in and sell.
        long barista = pos.scalar("select id from pos.position where name = 'Бариста'") instanceof Number n ? n.longValue() : -1;
        Employee olga = pos.staff.hire(pos.admin, "Ольга Новикова", barista, Role.CASHIER, 4_500_000, LocalDate.of(2026, 1, 10), new Pin("7777"));
        assertThat(olga.role()).isEqualTo(Role.CASHIER);
        EmployeeSession olgaAtTill = pos.openShift(pos.loginAt("Касса Ольги", "Ольга Новикова", new Pin("7777")));
        pos.orders.place(olgaAtTill, pos.cashSale(OrderLine.of(cookie, 1)));

        // A new PIN ends her sessions; deactivation stops logins.
        pos.staff.resetPin(pos.admin, olga.id(), new Pin("123456"));
        assertThatThrownBy(() -> pos.auth.permissions(olgaAtTill)).isInstanceOf(DomainException.class);
        pos.staff.deactivate(pos.admin, olga.id());
        assertThatThrownBy(() -> pos.loginAt("Касса Ольги", "Ольга Новикова", new Pin("123456")))
                .isInstanceOf(LoginRefusedException.class);

        // With a second admin (who has a password), the first may step down.
        Employee second = pos.staff.hire(pos.admin, "Второй Админ", barista, Role.ADMIN, 0, null, new Pin("8888"),
                "second", new Password("second-admin-pass"));
        pos.staff.setRole(pos.admin, adminId, Role.MANAGER);
        // The demoted admin's session ended with the role change.
        assertThatThrownBy(() -> pos.staff.setRole(pos.admin, adminId, Role.ADMIN))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("security.error.no_session"));
        EmployeeSession secondAdmin = pos.auth.loginWithPassword(pos.terminalId("Бар"), "second", new Password("second-admin-pass"));
        assertThatThrownBy(() -> pos.staff.deactivate(secondAdmin, second.id()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("staff.error.last_admin"));
        pos.staff.setRole(secondAdmin, adminId, Role.ADMIN);

        assertThat(pos.count("select count(*) from pos.audit_log where action in ('employee_created', 'role_changed', 'pin_reset', "
                + "'employee_deactivated')")).isGreaterThanOrEqualTo(6);
    }

    @Test
    void aDiscountAboveTheLimitNeedsAManagerAndAResendNeedsNoSecondApproval() {
        var guest = pos.customers.register(pos.cashier, "Щедрый Гость", "+7 916 000-33-44");
        pos.db.execute("insert into pos.loyalty_entry (customer_id, points, kind) values (" + guest.id() + ", 2000, 'adjustment')");
        // 3 sandwiches = 840 ₽; 600 points = 600 ₽ off, above the 500 ₽ limit.
        PlaceOrder big = pos.paidInCash(new PlaceOrder(java.util.UUID.randomUUID(), java.util.Optional.of(guest.id()), 600,
                List.of(OrderLine.of(sandwich, 3)), List.of()));
        assertThatThrownBy(() -> pos.orders.place(pos.cashier, big))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("security.error.not_permitted");
                    assertThat(e.arguments()).containsEntry("permission", "discount_over_limit");
                });
        // Within the limit a cashier needs nobody.
        pos.orders.place(pos.cashier, pos.paidInCash(new PlaceOrder(java.util.UUID.randomUUID(),
                java.util.Optional.of(guest.id()), 500, List.of(OrderLine.of(sandwich, 3)), List.of())));

        Approval approval = pos.auth.approve(pos.cashier, pos.manager.employeeId(), PosFixture.MANAGER_PIN,
                Permission.DISCOUNT_OVER_LIMIT);
        PlacedOrder placed = pos.orders.place(pos.cashier, big, approval);
        assertThat(placed.total().minor()).isEqualTo(84_000 - 60_000);
        assertThat(pos.orders.place(pos.cashier, big).replayed()).isTrue();
        assertThat(pos.count("select approver_id from pos.audit_log where action = 'sale' and entity_id = ?", placed.orderId()))
                .isEqualTo(pos.manager.employeeId());
    }

    @Test
    void customersAreRegisteredThroughTheSession() {
        var guest = pos.customers.register(pos.cashier, "Гость Безопасности", "+7 916 000-11-22");
        assertThat(guest.phone().e164()).isEqualTo("+79160001122");
        assertThat(pos.count("select count(*) from pos.audit_log where action = 'customer_created' and entity_id = ?", guest.id()))
                .isEqualTo(1);
    }

    @Test
    void theAuditCheckFindsARowEditedOrDeletedByTheOwner() {
        EmployeeSession till = pos.cashierAt("Касса аудита");
        PlacedOrder order = pos.orders.place(till, pos.cashSale(OrderLine.of(cookie, 1)));
        pos.orders.place(till, pos.cashSale(OrderLine.of(cookie, 1)));
        assertThat(audit.verify()).isEmpty();
        String chain = "terminal:" + till.terminalId();
        long seq = pos.count("select seq from pos.audit_log where action = 'sale' and entity_id = ?", order.orderId());
        String row = " from pos.audit_log where chain = '" + chain + "' and seq = " + seq;

        // The owner (or a superuser) quietly makes the sale smaller: found.
        pos.db.execute("update pos.audit_log set details = jsonb_set(details, '{total_minor}', '1')" + row.replace(" from pos.audit_log", ""));
        assertThat(audit.verify()).containsExactly(new AuditBreak(chain, seq, "content does not match its hash"));
        pos.db.execute("update pos.audit_log set details = jsonb_set(details, '{total_minor}', '9000')" + row.replace(" from pos.audit_log", ""));
        assertThat(audit.verify()).isEmpty();

        // Deleting the row is found too (and putting it back heals the chain).
        pos.db.execute("create table public.audit_row_backup as select *" + row);
        try {
            pos.db.execute("delete" + row);
            assertThat(audit.verify()).containsExactly(new AuditBreak(chain, seq + 1, "rows missing before this one"));
        } finally {
            pos.db.execute("insert into pos.audit_log select * from public.audit_row_backup; drop table public.audit_row_backup");
        }
        assertThat(audit.verify()).isEmpty();
    }

    @Test
    void secretsAreNotPrinted() {
        assertThat(pos.cashier.toString()).doesNotContain(pos.cashier.token());
        assertThat(new Pin("1234").toString()).doesNotContain("1234");
        assertThat(new Password("super-secret-1").toString()).doesNotContain("super-secret-1");
        assertThat(pos.auth.rolePermissions()).anySatisfy(rp -> {
            assertThat(rp.role()).isEqualTo(Role.MANAGER);
            assertThat(rp.permission()).isEqualTo(Permission.STOCK_ADJUST);
        });
    }
}
