package app.stoika.pos.shift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import app.stoika.db.testing.DatabaseTest;
import app.stoika.db.testing.TestDatabase;
import app.stoika.pos.order.Disposition;
import app.stoika.pos.order.ItemCancellation;
import app.stoika.pos.order.OrderLine;
import app.stoika.pos.order.PlaceOrder;
import app.stoika.pos.order.PlacedOrder;
import app.stoika.pos.payment.Payment;
import app.stoika.pos.security.Approval;
import app.stoika.pos.security.EmployeeSession;
import app.stoika.pos.security.Permission;
import app.stoika.pos.security.Pin;
import app.stoika.pos.shared.DomainException;
import app.stoika.pos.shared.ErrorKind;
import app.stoika.pos.shared.Money;
import app.stoika.pos.testing.PosFixture;

/**
 * Cash shifts through the services with the till's credentials: one open shift per till, cash in and out,
 * the X and Z reports, and a closed shift that nobody can change. Prices: cookie 90 ₽, espresso 150 ₽,
 * croissant 180 ₽.
 */
@DatabaseTest(demoData = true)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShiftTest {
    PosFixture pos;
    long cookie;
    long espresso;
    long croissant;

    @BeforeAll
    void open(TestDatabase db) {
        pos = new PosFixture(db, 4);
        cookie = pos.productId("Печенье");
        espresso = pos.productId("Эспрессо");
        croissant = pos.productId("Круассан");
    }

    @AfterAll
    void close() {
        pos.close();
    }

    private static Money rub(long roubles) {
        return Money.rub(roubles * 100);
    }

    private static void refused(Runnable action, ErrorKind kind, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.messageKey()).isEqualTo(key);
            assertThat(e.kind()).isEqualTo(kind);
        });
    }

    @Test
    void aTillHasOneOpenShiftWhichOutlivesACashierSwitch() {
        EmployeeSession maria = pos.loginAt("Касса смены", PosFixture.CASHIER, PosFixture.CASHIER_PIN);
        assertThat(pos.shifts.current(maria)).isEmpty();

        Shift shift = pos.shifts.open(maria, rub(1000));
        assertThat(shift.terminalId()).isEqualTo(maria.terminalId());
        assertThat(shift.openedBy()).isEqualTo(PosFixture.CASHIER);
        assertThat(shift.openingFloat()).isEqualTo(rub(1000));
        assertThatThrownBy(() -> pos.shifts.open(maria, rub(500))).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT);
            assertThat(e.messageKey()).isEqualTo("shift.error.already_open");
            assertThat(e.arguments()).containsEntry("opened_by", PosFixture.CASHIER);
        });

        // Елена takes over the till: same drawer, same shift, and she cannot open a second one either.
        EmployeeSession elena = pos.loginAt("Касса смены", "Елена Соколова", new Pin("5555"));
        assertThat(pos.shifts.current(elena)).contains(shift);
        refused(() -> pos.shifts.open(elena, rub(0)), ErrorKind.CONFLICT, "shift.error.already_open");
        assertThat(pos.count("select count(*) from pos.shift where terminal_id = ? and closed_at is null", elena.terminalId()))
                .isEqualTo(1);
        assertThat(pos.count("select count(*) from pos.audit_log where action = 'shift_opened' and entity_id = ?", shift.id()))
                .isEqualTo(1);
    }

    /**
     * The worked example of a whole shift at one till, run by the manager (who may take cash out):
     *
     * <pre>
     * opening float                                    2 000,00
     * croissant 180, cash (500 handed over, 320 change)  +180,00 cash sales
     * 2 cookies 180, card                                +180,00 card sales
     * espresso + cookie 240: card 100, cash 140          +100,00 card sales, +140,00 cash sales
     * cash in (change money)                             +500,00
     * cash out (to the safe)                           −1 000,00
     * one cookie of the card sale cancelled               −90,00 card refund
     * the croissant sale cancelled                       −180,00 cash refund
     * expected cash = 2 000 + 320 − 180 + 500 − 1 000 = 1 640,00; counted 1 635,50; difference −4,50
     * </pre>
     */
    @Test
    void cashInOutAndTheCloseComputeExpectedCountedAndDifferenceExactly() {
        EmployeeSession till = pos.loginAt("Касса отчёта", PosFixture.MANAGER, PosFixture.MANAGER_PIN);
        pos.shifts.open(till, rub(2000));
        PlacedOrder croissantSale = pos.orders.place(till, PlaceOrder.of(List.of(OrderLine.of(croissant, 1)),
                List.of(Payment.cash(rub(180), rub(500)))));
        assertThat(croissantSale.change()).isEqualTo(rub(320));
        PlacedOrder cardSale = pos.orders.place(till, PlaceOrder.of(List.of(OrderLine.of(cookie, 2)),
                List.of(Payment.card(rub(180), "A1"))));
        pos.orders.place(till, PlaceOrder.of(List.of(OrderLine.of(espresso, 1), OrderLine.of(cookie, 1)),
                List.of(Payment.card(rub(100), null), Payment.cash(rub(140), rub(200)))));
        pos.shifts.cashIn(till, rub(500), "размен из сейфа");
        pos.shifts.cashOut(till, rub(1000), "инкассация", null);

        ShiftReport x = pos.shifts.report(till);
        assertThat(x.closed()).isFalse();
        assertThat(x.counted()).isEmpty();
        assertThat(x.difference()).isEmpty();
        assertThat(x.expectedCash()).isEqualTo(rub(2000 + 320 + 500 - 1000));

        long cookieLine = pos.id("select id from pos.order_item where order_id = ?", cardSale.orderId());
        pos.orders.cancelItems(till, cardSale.orderId(), List.of(new ItemCancellation(cookieLine, 1, "раскрошилось", Disposition.WASTE)));
        pos.orders.cancel(till, croissantSale.orderId(), "гость передумал", Disposition.RETURN_TO_STOCK);

        ShiftReport z = pos.shifts.close(till, Money.rub(163_550));

        assertThat(z.closed()).isTrue();
        assertThat(z.terminalName()).isEqualTo("Касса отчёта");
        assertThat(z.openedBy()).isEqualTo(PosFixture.MANAGER);
        assertThat(z.closedBy()).contains(PosFixture.MANAGER);
        assertThat(z.closedAt()).hasValueSatisfying(at -> assertThat(at).isAfterOrEqualTo(z.openedAt()));
        assertThat(z.openingFloat()).isEqualTo(rub(2000));
        assertThat(z.cashSales()).isEqualTo(rub(320));
        assertThat(z.cardSales()).isEqualTo(rub(280));
        assertThat(z.cashRefunds()).isEqualTo(rub(180));
        assertThat(z.cardRefunds()).isEqualTo(rub(90));
        assertThat(z.cashIn()).isEqualTo(rub(500));
        assertThat(z.cashOut()).isEqualTo(rub(1000));
        assertThat(z.expectedCash()).isEqualTo(rub(1640));
        assertThat(z.counted()).contains(Money.rub(163_550));
        assertThat(z.difference()).contains(Money.rub(-450));
        assertThat(z.salesCount()).isEqualTo(3);
        assertThat(z.cancelledCount()).isEqualTo(1);
        assertThat(z.movements()).extracting(CashMovementLine::kind, CashMovementLine::amount, CashMovementLine::reason,
                        CashMovementLine::employee)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CashMovementKind.IN, rub(500), "размен из сейфа", PosFixture.MANAGER),
                        org.assertj.core.groups.Tuple.tuple(CashMovementKind.OUT, rub(1000), "инкассация", PosFixture.MANAGER));
        // The stored figures are the ones shown, and they stay: the Z report reads the same later.
        assertThat(pos.count("select expected_cash_minor from pos.shift where id = ?", z.shiftId())).isEqualTo(164_000);
        assertThat(pos.shifts.reportOf(z.shiftId())).isEqualTo(z);
        assertThat(pos.count("select (details ->> 'difference_minor')::bigint from pos.audit_log "
                + "where action = 'shift_closed' and entity_id = ?", z.shiftId())).isEqualTo(-450);
        assertThat(pos.count("select count(*) from pos.verify_audit_chain()")).isZero();

        // Closed: no sale, no cash movement, no X report until a new shift is opened.
        assertThat(pos.shifts.current(till)).isEmpty();
        refused(() -> pos.orders.place(till, pos.cashSale(OrderLine.of(cookie, 1))), ErrorKind.CONFLICT, "shift.error.not_open");
        refused(() -> pos.shifts.cashIn(till, rub(100), "размен"), ErrorKind.CONFLICT, "shift.error.not_open");
        refused(() -> pos.shifts.report(till), ErrorKind.CONFLICT, "shift.error.not_open");
        refused(() -> pos.shifts.close(till, rub(0)), ErrorKind.CONFLICT, "shift.error.not_open");
        Shift next = pos.shifts.open(till, z.counted().orElseThrow());
        assertThat(next.id()).isNotEqualTo(z.shiftId());
        assertThat(pos.shifts.report(till).expectedCash()).isEqualTo(Money.rub(163_550));
    }

    @Test
    void aCashierTakesCashOutOnlyWithAManagersApprovalAndNeverMoreThanTheDrawerHolds() {
        EmployeeSession till = pos.cashierAt("Касса изъятия");  // float 5 000 ₽
        assertThatThrownBy(() -> pos.shifts.cashOut(till, rub(1000), "в сейф", null))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.FORBIDDEN);
                    assertThat(e.messageKey()).isEqualTo("security.error.not_permitted");
                    assertThat(e.arguments()).containsEntry("permission", "cash_out").containsEntry("approvable", true);
                });
        assertThat(pos.shifts.report(till).movements()).isEmpty();

        Approval approval = pos.auth.approve(till, pos.manager.employeeId(), PosFixture.MANAGER_PIN, Permission.CASH_OUT);
        pos.shifts.cashOut(till, rub(1000), "в сейф", approval);
        ShiftReport report = pos.shifts.report(till);
        assertThat(report.cashOut()).isEqualTo(rub(1000));
        assertThat(report.expectedCash()).isEqualTo(rub(4000));
        assertThat(report.movements()).singleElement().satisfies(m -> {
            assertThat(m.employee()).isEqualTo(PosFixture.CASHIER);
            assertThat(m.approvedBy()).contains(PosFixture.MANAGER);
        });
        assertThat(pos.count("select approver_id from pos.audit_log where action = 'cash_out' and entity_id = ?", report.shiftId()))
                .isEqualTo(pos.manager.employeeId());
        // The approval was for one cash out.
        refused(() -> pos.shifts.cashOut(till, rub(1000), "ещё раз", approval), ErrorKind.FORBIDDEN, "security.error.bad_approval");

        // 4 000 ₽ should be in the drawer: 4 000,01 cannot be taken out, even with an approval.
        Approval another = pos.auth.approve(till, pos.manager.employeeId(), PosFixture.MANAGER_PIN, Permission.CASH_OUT);
        assertThatThrownBy(() -> pos.shifts.cashOut(till, Money.rub(400_001), "всё", another))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("shift.error.not_enough_cash");
                    assertThat(e.arguments()).containsEntry("available_minor", 400_000);
                });
        assertThat(pos.shifts.report(till).cashOut()).isEqualTo(rub(1000));

        // A manager at their own till needs nobody.
        pos.shifts.cashOut(pos.manager, rub(100), "оплата поставщику", null);
    }

    @Test
    void aClosedShiftCannotBeChangedEvenByTheOwnerWithDirectSql() throws SQLException {
        EmployeeSession till = pos.cashierAt("Касса закрытая");
        PlacedOrder sale = pos.orders.place(till, pos.cashSale(OrderLine.of(espresso, 1)));
        ShiftReport z = pos.shifts.close(till, PosFixture.OPENING_FLOAT.plus(rub(150)));
        long id = z.shiftId();

        assertThatThrownBy(() -> pos.db.execute("update pos.shift set counted_cash_minor = 0 where id = " + id))
                .hasMessageContaining("shift.error.closed");
        assertThatThrownBy(() -> pos.db.execute("update pos.shift set closed_at = null, closed_by = null, "
                + "counted_cash_minor = null, expected_cash_minor = null where id = " + id))
                .hasMessageContaining("shift.error.closed");
        assertThatThrownBy(() -> pos.db.execute("delete from pos.shift where id = " + id)).hasMessageContaining("error.append_only");
        assertThatThrownBy(() -> pos.db.execute("insert into pos.payment (order_id, shift_id, kind, method, amount_minor, employee_id) "
                + "values (" + sale.orderId() + ", " + id + ", 'refund', 'cash', 15000, " + till.employeeId() + ")"))
                .hasMessageContaining("shift.error.closed");
        assertThatThrownBy(() -> pos.db.execute("insert into pos.cash_movement (shift_id, kind, amount_minor, reason, employee_id) "
                + "values (" + id + ", 'out', 100, 'x', " + till.employeeId() + ")"))
                .hasMessageContaining("shift.error.closed");
        assertThatThrownBy(() -> pos.db.execute("update pos.payment set amount_minor = 1 where shift_id = " + id))
                .hasMessageContaining("error.append_only");
        assertThatThrownBy(() -> pos.db.execute("truncate pos.payment cascade")).hasMessageContaining("error.append_only");
        // An open shift's float is fixed once opened.
        long open = pos.shifts.current(pos.cashier).orElseThrow().id();
        assertThatThrownBy(() -> pos.db.execute("update pos.shift set opening_float_minor = 0 where id = " + open))
                .hasMessageContaining("error.append_only");
        // The till's own credentials cannot write the table at all.
        try (Connection c = DriverManager.getConnection(pos.db.jdbcUrl(), PosFixture.TERMINAL_ROLE, null);
             Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.execute("update pos.shift set counted_cash_minor = 0 where id = " + id))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
        }
        assertThat(pos.shifts.reportOf(id)).isEqualTo(z);
    }

    @Test
    void badAmountsAndReasonsAreRefused() throws SQLException {
        EmployeeSession till = pos.cashierAt("Касса проверок");
        refused(() -> pos.shifts.cashIn(till, rub(0), "размен"), ErrorKind.INVALID, "shift.error.bad_amount");
        refused(() -> pos.shifts.cashIn(till, rub(-5), "размен"), ErrorKind.INVALID, "shift.error.bad_amount");
        refused(() -> pos.shifts.cashIn(till, rub(100), "   "), ErrorKind.INVALID, "text.error.required");
        refused(() -> pos.shifts.cashIn(till, rub(100), "x".repeat(201)), ErrorKind.INVALID, "text.error.too_long");
        refused(() -> pos.shifts.close(till, rub(-1)), ErrorKind.INVALID, "shift.error.bad_amount");
        refused(() -> pos.shifts.reportOf(987_654L), ErrorKind.NOT_FOUND, "shift.error.unknown");
        EmployeeSession fresh = pos.loginAt("Касса без размена", PosFixture.CASHIER, PosFixture.CASHIER_PIN);
        refused(() -> pos.shifts.open(fresh, rub(-1)), ErrorKind.INVALID, "shift.error.bad_amount");

        // The same checks in the database, for a client that skips the Java ones.
        try (Connection c = DriverManager.getConnection(pos.db.jdbcUrl(), PosFixture.TERMINAL_ROLE, null);
             Statement s = c.createStatement()) {
            for (String sql : List.of("select pos.open_shift('" + fresh.token() + "', -1)",
                    "select pos.cash_in('" + till.token() + "', 0, 'размен')",
                    "select pos.cash_in('" + till.token() + "', 100, '   ')",
                    "select pos.close_shift('" + till.token() + "', null)")) {
                assertThatThrownBy(() -> s.execute(sql)).as(sql)
                        .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("SX400"));
            }
        }
        assertThat(pos.shifts.current(fresh)).isEmpty();
        assertThat(pos.shifts.report(till).movements()).isEmpty();
    }
}
