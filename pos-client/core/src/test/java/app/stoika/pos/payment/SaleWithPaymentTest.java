package app.stoika.pos.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.postgresql.util.PSQLException;

import app.stoika.db.testing.DatabaseTest;
import app.stoika.db.testing.TestDatabase;
import app.stoika.pos.order.OrderLine;
import app.stoika.pos.order.PlaceOrder;
import app.stoika.pos.order.PlacedOrder;
import app.stoika.pos.security.EmployeeSession;
import app.stoika.pos.shared.DomainException;
import app.stoika.pos.shared.ErrorKind;
import app.stoika.pos.shared.Money;
import app.stoika.pos.shift.ShiftReport;
import app.stoika.pos.testing.PosFixture;

/**
 * A sale is the order and its payment, stored in one transaction into the till's open shift, with the
 * terminal's credentials. Prices: cookie 90 ₽, espresso 150 ₽, sandwich 280 ₽.
 */
@DatabaseTest(demoData = true)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SaleWithPaymentTest {
    PosFixture pos;
    long cookie;
    long espresso;
    long sandwich;

    @BeforeAll
    void open(TestDatabase db) {
        pos = new PosFixture(db, 4);
        cookie = pos.productId("Печенье");
        espresso = pos.productId("Эспрессо");
        sandwich = pos.productId("Сэндвич с ветчиной и сыром");
    }

    @AfterAll
    void close() {
        pos.close();
    }

    private static Money rub(long roubles) {
        return Money.rub(roubles * 100);
    }

    private PlaceOrder sale(List<Payment> payments, OrderLine... lines) {
        return PlaceOrder.of(List.of(lines), payments);
    }

    /** What a refused sale must leave untouched. */
    private long[] footprint() {
        return new long[] {pos.count("select count(*) from pos.customer_order"), pos.count("select count(*) from pos.stock_movement"),
                pos.count("select count(*) from pos.payment"), pos.count("select count(*) from pos.audit_log where action = 'sale'")};
    }

    @Test
    void aCashSaleRecordsWhatWasHandedOverAndGivesTheChange() {
        ShiftReport before = pos.shifts.report(pos.cashier);

        // 2 cookies = 180 ₽, the guest hands over 200 ₽.
        PlacedOrder placed = pos.orders.place(pos.cashier, sale(List.of(Payment.cash(rub(180), rub(200))), OrderLine.of(cookie, 2)));

        assertThat(placed.total()).isEqualTo(rub(180));
        assertThat(placed.change()).isEqualTo(rub(20));
        assertThat(pos.payments.paymentsOf(placed.orderId())).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(PaymentKind.SALE);
            assertThat(p.method()).isEqualTo(PaymentMethod.CASH);
            assertThat(p.amount()).isEqualTo(rub(180));
            assertThat(p.tendered()).contains(rub(200));
            assertThat(p.change()).isEqualTo(rub(20));
            assertThat(p.reference()).isEmpty();
            assertThat(p.shiftId()).isEqualTo(before.shiftId());
            assertThat(p.employeeId()).isEqualTo(pos.cashier.employeeId());
        });
        // The drawer keeps the 180 ₽ of the sale; the 20 ₽ change went back out.
        ShiftReport after = pos.shifts.report(pos.cashier);
        assertThat(after.cashSales()).isEqualTo(before.cashSales().plus(rub(180)));
        assertThat(after.expectedCash()).isEqualTo(before.expectedCash().plus(rub(180)));
        assertThat(after.salesCount()).isEqualTo(before.salesCount() + 1);
        assertThat(pos.count("select shift_id from pos.customer_order where id = ?", placed.orderId())).isEqualTo(before.shiftId());
    }

    @Test
    void aCardSaleKeepsTheSlipReferenceAndGivesNoChange() {
        ShiftReport before = pos.shifts.report(pos.cashier);
        PlacedOrder placed = pos.orders.place(pos.cashier, sale(List.of(Payment.card(rub(150), " 004217 ")), OrderLine.of(espresso, 1)));

        assertThat(placed.change().isZero()).isTrue();
        assertThat(pos.payments.paymentsOf(placed.orderId())).singleElement().satisfies(p -> {
            assertThat(p.method()).isEqualTo(PaymentMethod.CARD);
            assertThat(p.amount()).isEqualTo(rub(150));
            assertThat(p.tendered()).isEmpty();
            assertThat(p.reference()).contains("004217");
        });
        ShiftReport after = pos.shifts.report(pos.cashier);
        assertThat(after.cardSales()).isEqualTo(before.cardSales().plus(rub(150)));
        assertThat(after.expectedCash()).as("card money is not in the drawer").isEqualTo(before.expectedCash());
    }

    @Test
    void aSplitSaleIsPaidPartlyByCardAndPartlyInCash() {
        // Sandwich and cookie = 370 ₽: 300 ₽ by card, the rest in cash from a 100 ₽ note.
        PlacedOrder placed = pos.orders.place(pos.cashier, sale(
                List.of(Payment.card(rub(300), null), Payment.cash(rub(70), rub(100))),
                OrderLine.of(sandwich, 1), OrderLine.of(cookie, 1)));

        assertThat(placed.total()).isEqualTo(rub(370));
        assertThat(placed.change()).isEqualTo(rub(30));
        assertThat(pos.payments.paymentsOf(placed.orderId()))
                .extracting(StoredPayment::method, StoredPayment::amount)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(PaymentMethod.CARD, rub(300)),
                        org.assertj.core.groups.Tuple.tuple(PaymentMethod.CASH, rub(70)));
    }

    @Test
    void aPriceChangedSinceTheScreenShowedItRefusesTheSaleAndWritesNothing() {
        // The screen showed 2 cookies at 90 ₽; a manager raised the price to 95 ₽ before the guest paid.
        PlaceOrder request = sale(List.of(Payment.cash(rub(180), rub(200))), OrderLine.of(cookie, 2));
        long[] before = footprint();
        BigDecimal cookies = pos.onHand("Печенье");
        pos.db.execute("update pos.product set price_minor = 9500 where id = " + cookie);
        try {
            assertThatThrownBy(() -> pos.orders.place(pos.cashier, request))
                    .isInstanceOfSatisfying(DomainException.class, e -> {
                        assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT);
                        assertThat(e.messageKey()).isEqualTo("payment.error.total_mismatch");
                        assertThat(e.arguments()).containsEntry("expected_minor", 19_000).containsEntry("paid_minor", 18_000);
                    });
            assertThat(footprint()).containsExactly(before);
            assertThat(pos.onHand("Печенье")).isEqualByComparingTo(cookies);
            assertThat(pos.count("select count(*) from pos.customer_order where client_order_id = ?", request.clientOrderId())).isZero();

            // Paid at the new price, the same cart goes through.
            PlacedOrder placed = pos.orders.place(pos.cashier, request.withPayments(List.of(Payment.cash(rub(190), rub(200)))));
            assertThat(placed.change()).isEqualTo(rub(10));
        } finally {
            pos.db.execute("update pos.product set price_minor = 9000 where id = " + cookie);
        }
        // Overpaying is a mismatch too: the change is what the guest gets back, not an amount.
        assertThatThrownBy(() -> pos.orders.place(pos.cashier, sale(List.of(Payment.card(rub(100), null)), OrderLine.of(cookie, 1))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("payment.error.total_mismatch"));
        // And an unpaid order is refused.
        assertThatThrownBy(() -> pos.orders.place(pos.cashier, PlaceOrder.of(List.of(OrderLine.of(cookie, 1)))))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("payment.error.total_mismatch");
                    assertThat(e.arguments()).containsEntry("expected_minor", 9_000).containsEntry("paid_minor", 0);
                });
    }

    @Test
    void tooLittleCashIsRefusedByTheClientAndByTheDatabase() throws SQLException {
        assertThatThrownBy(() -> Payment.cash(rub(180), rub(100)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("payment.error.tendered_too_low"));

        // A client that skips the Java check, with the till's own credentials:
        long[] before = footprint();
        assertThatThrownBy(() -> rawSale(pos.cashier, "[{\"method\": \"cash\", \"amount_minor\": 18000, \"tendered_minor\": 10000}]"))
                .isInstanceOfSatisfying(PSQLException.class, e -> {
                    assertThat(e.getSQLState()).isEqualTo("SX400");
                    assertThat(e.getServerErrorMessage().getMessage()).isEqualTo("payment.error.tendered_too_low");
                });
        assertThat(footprint()).containsExactly(before);
    }

    /** Malformed payment lists from a client that skips the Java checks: refused, nothing written. */
    @ParameterizedTest
    @ValueSource(strings = {
            "{\"method\": \"cash\", \"amount_minor\": 18000}",
            "[{\"method\": \"cheque\", \"amount_minor\": 18000}]",
            "[{\"method\": \"cash\", \"amount_minor\": 180.5}]",
            "[{\"method\": \"cash\", \"amount_minor\": \"18000\"}]",
            "[{\"method\": \"card\", \"amount_minor\": 18000, \"tendered_minor\": 20000}]",
            "[{\"method\": \"cash\", \"amount_minor\": 18000, \"reference\": \"x\"}]",
            "[{\"method\": \"card\", \"amount_minor\": 9000}, {\"method\": \"card\", \"amount_minor\": 9000}]",
            "[{\"method\": \"cash\", \"amount_minor\": -18000}, {\"method\": \"card\", \"amount_minor\": 36000}]",
            "[{\"method\": \"cash\", \"amount_minor\": 1e30}]",
            "[1]",
    })
    void theDatabaseRefusesBadPaymentsEvenWithoutTheJavaChecks(String payments) {
        long[] before = footprint();
        assertThatThrownBy(() -> rawSale(pos.cashier, payments)).isInstanceOfSatisfying(PSQLException.class, e -> {
            assertThat(e.getSQLState()).isEqualTo("SX400");
            assertThat(e.getServerErrorMessage().getMessage()).startsWith("payment.error.");
        });
        assertThat(footprint()).containsExactly(before);
    }

    /** Sells 2 cookies (180 ₽) as the terminal role through plain JDBC, with the given payments JSON. */
    private void rawSale(EmployeeSession session, String payments) throws SQLException {
        try (Connection c = DriverManager.getConnection(pos.db.jdbcUrl(), PosFixture.TERMINAL_ROLE, null);
             PreparedStatement ps = c.prepareStatement(
                     "select * from pos.place_order(?, ?, null, 0, cast(? as jsonb), null, cast(? as jsonb))")) {
            ps.setString(1, session.token());
            ps.setObject(2, UUID.randomUUID());
            ps.setString(3, "[{\"product_id\": " + cookie + ", \"quantity\": 2}]");
            ps.setString(4, payments);
            ps.executeQuery().close();
        }
    }

    @Test
    void aTillWithoutAnOpenShiftCannotSellUntilOneIsOpened() {
        EmployeeSession till = pos.loginAt("Касса без смены", PosFixture.CASHIER, PosFixture.CASHIER_PIN);
        PlaceOrder request = sale(List.of(Payment.cash(rub(90), null)), OrderLine.of(cookie, 1));
        long[] before = footprint();
        assertThatThrownBy(() -> pos.orders.place(till, request)).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT);
            assertThat(e.messageKey()).isEqualTo("shift.error.not_open");
        });
        assertThat(footprint()).containsExactly(before);

        pos.shifts.open(till, rub(1000));
        PlacedOrder placed = pos.orders.place(till, request);
        assertThat(placed.replayed()).isFalse();
        assertThat(pos.payments.paymentsOf(placed.orderId())).singleElement()
                .satisfies(p -> assertThat(p.shiftId()).isEqualTo(pos.shifts.current(till).orElseThrow().id()));
    }

    @Test
    void aResentSaleAnswersWithTheStoredChangeAndIsNotPaidTwiceEvenAfterTheShiftClosed() {
        EmployeeSession till = pos.cashierAt("Касса повтора");
        PlaceOrder request = sale(List.of(Payment.cash(rub(150), rub(500))), OrderLine.of(espresso, 1));
        PlacedOrder first = pos.orders.place(till, request);
        PlacedOrder resent = pos.orders.place(till, request);

        assertThat(resent.replayed()).isTrue();
        assertThat(resent.orderId()).isEqualTo(first.orderId());
        assertThat(resent.change()).isEqualTo(rub(350));
        assertThat(pos.payments.paymentsOf(first.orderId())).hasSize(1);

        // The acknowledgement got lost, and the shift was closed before the till retried: still the same sale.
        ShiftReport z = pos.shifts.close(till, PosFixture.OPENING_FLOAT.plus(rub(150)));
        PlacedOrder late = pos.orders.place(till, request);
        assertThat(late.replayed()).isTrue();
        assertThat(late.change()).isEqualTo(rub(350));
        assertThat(pos.payments.paymentsOf(first.orderId())).hasSize(1);
        assertThat(pos.shifts.reportOf(z.shiftId()).cashSales()).isEqualTo(rub(150));
        assertThat(pos.count("select count(*) from pos.audit_log where action = 'sale' and entity_id = ?", first.orderId())).isEqualTo(1);
    }

    @Test
    void anOrderPaidEntirelyWithPointsTakesNoPayment() {
        var guest = pos.customers.register(pos.cashier, "Гость с баллами", "+7 916 000-44-55");
        pos.db.execute("insert into pos.loyalty_entry (customer_id, points, kind) values (" + guest.id() + ", 200, 'adjustment')");
        // 90 points = 90 ₽ = one cookie.
        PlaceOrder free = new PlaceOrder(UUID.randomUUID(), Optional.of(guest.id()), 90, List.of(OrderLine.of(cookie, 1)), List.of());
        assertThatThrownBy(() -> pos.orders.place(pos.cashier, free.withPayments(List.of(Payment.cash(rub(90), null)))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("payment.error.total_mismatch"));

        PlacedOrder placed = pos.orders.place(pos.cashier, free);
        assertThat(placed.total().isZero()).isTrue();
        assertThat(placed.change().isZero()).isTrue();
        assertThat(pos.payments.paymentsOf(placed.orderId())).isEmpty();
        assertThat(pos.count("select shift_id from pos.customer_order where id = ?", placed.orderId()))
                .isEqualTo(pos.shifts.current(pos.cashier).orElseThrow().id());
    }
}
