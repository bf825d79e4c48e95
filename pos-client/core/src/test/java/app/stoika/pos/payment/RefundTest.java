package app.stoika.pos.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import app.stoika.db.testing.DatabaseTest;
import app.stoika.db.testing.TestDatabase;
import app.stoika.pos.order.Disposition;
import app.stoika.pos.order.ItemCancellation;
import app.stoika.pos.order.OrderLine;
import app.stoika.pos.order.OrderStatus;
import app.stoika.pos.order.PlaceOrder;
import app.stoika.pos.order.PlacedOrder;
import app.stoika.pos.security.EmployeeSession;
import app.stoika.pos.security.Pin;
import app.stoika.pos.shared.DomainException;
import app.stoika.pos.shared.ErrorKind;
import app.stoika.pos.shared.Money;
import app.stoika.pos.shift.ShiftReport;
import app.stoika.pos.testing.PosFixture;

/**
 * Cancelling gives the money back, into the open shift of the till that cancels: card first (up to what
 * was paid by card and not yet refunded), then cash. Prices: cookie 90 ₽, espresso 150 ₽.
 */
@DatabaseTest(demoData = true)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RefundTest {
    PosFixture pos;
    long cookie;
    long espresso;

    @BeforeAll
    void open(TestDatabase db) {
        pos = new PosFixture(db, 4);
        cookie = pos.productId("Печенье");
        espresso = pos.productId("Эспрессо");
    }

    @AfterAll
    void close() {
        pos.close();
    }

    private static Money rub(long roubles) {
        return Money.rub(roubles * 100);
    }

    private List<StoredPayment> refunds(long orderId) {
        return pos.payments.paymentsOf(orderId).stream().filter(p -> p.kind() == PaymentKind.REFUND).toList();
    }

    private long lineOf(long orderId, long product) {
        return pos.id("select id from pos.order_item where order_id = ? and product_id = ?", orderId, product);
    }

    @Test
    void cancellingASplitSaleAtAnotherTillRefundsCardThenCashIntoThatTillsShift() {
        // 2 espressos + 1 cookie = 390 ₽ at Касса 1: 250 ₽ by card, 140 ₽ in cash from a 200 ₽ note.
        PlacedOrder order = pos.orders.place(pos.cashier, PlaceOrder.of(
                List.of(OrderLine.of(espresso, 2), OrderLine.of(cookie, 1)),
                List.of(Payment.card(rub(250), "7781"), Payment.cash(rub(140), rub(200)))));
        ShiftReport sellerBefore = pos.shifts.report(pos.cashier);
        ShiftReport cancellerBefore = pos.shifts.report(pos.manager);

        // The guest changes their mind at Касса 2.
        assertThat(pos.orders.cancel(pos.manager, order.orderId(), "гость передумал", Disposition.RETURN_TO_STOCK))
                .isEqualTo(OrderStatus.CANCELLED);

        assertThat(refunds(order.orderId())).extracting(StoredPayment::method, StoredPayment::amount, StoredPayment::shiftId)
                .containsExactly(tuple(PaymentMethod.CARD, rub(250), cancellerBefore.shiftId()),
                        tuple(PaymentMethod.CASH, rub(140), cancellerBefore.shiftId()));
        assertThat(refunds(order.orderId())).allSatisfy(r -> {
            assertThat(r.employeeId()).isEqualTo(pos.manager.employeeId());
            assertThat(r.tendered()).isEmpty();
        });

        // Касса 2's drawer paid the 140 ₽ out; Касса 1's figures did not move.
        ShiftReport canceller = pos.shifts.report(pos.manager);
        assertThat(canceller.cashRefunds()).isEqualTo(cancellerBefore.cashRefunds().plus(rub(140)));
        assertThat(canceller.cardRefunds()).isEqualTo(cancellerBefore.cardRefunds().plus(rub(250)));
        assertThat(canceller.expectedCash()).isEqualTo(cancellerBefore.expectedCash().minus(rub(140)));
        assertThat(canceller.cancelledCount()).isEqualTo(cancellerBefore.cancelledCount() + 1);
        assertThat(pos.shifts.report(pos.cashier)).isEqualTo(sellerBefore);
        assertThat(pos.count("select count(*) from pos.audit_log where action = 'cancel' and entity_id = ? "
                + "and details ->> 'refund_card_minor' = '25000' and details ->> 'refund_cash_minor' = '14000'", order.orderId()))
                .isEqualTo(1);
    }

    @Test
    void partialCancellationsRefundTheCardPartFirstAndTheRestInCash() {
        // 4 espressos + 1 cookie = 690 ₽: 200 ₽ by card, 490 ₽ in cash.
        PlacedOrder order = pos.orders.place(pos.cashier, PlaceOrder.of(
                List.of(OrderLine.of(espresso, 4), OrderLine.of(cookie, 1)),
                List.of(Payment.card(rub(200), null), Payment.cash(rub(490), rub(500)))));
        long espressoLine = lineOf(order.orderId(), espresso);

        // One espresso (150 ₽): all of it back to the card.
        pos.orders.cancelItems(pos.cashier, order.orderId(),
                List.of(new ItemCancellation(espressoLine, 1, "остыл", Disposition.WASTE)));
        assertThat(refunds(order.orderId())).extracting(StoredPayment::method, StoredPayment::amount)
                .containsExactly(tuple(PaymentMethod.CARD, rub(150)));

        // Another (150 ₽): the 50 ₽ left on the card, then 100 ₽ in cash.
        pos.orders.cancelItems(pos.cashier, order.orderId(),
                List.of(new ItemCancellation(espressoLine, 1, "остыл", Disposition.WASTE)));
        assertThat(refunds(order.orderId())).extracting(StoredPayment::method, StoredPayment::amount)
                .containsExactly(tuple(PaymentMethod.CARD, rub(150)), tuple(PaymentMethod.CARD, rub(50)),
                        tuple(PaymentMethod.CASH, rub(100)));

        // The rest (2 espressos + the cookie = 390 ₽): cash only, the card is fully refunded.
        assertThat(pos.orders.cancel(pos.cashier, order.orderId(), "закрываем заказ", Disposition.RETURN_TO_STOCK))
                .isEqualTo(OrderStatus.CANCELLED);
        List<StoredPayment> refunds = refunds(order.orderId());
        assertThat(refunds).last().satisfies(r -> {
            assertThat(r.method()).isEqualTo(PaymentMethod.CASH);
            assertThat(r.amount()).isEqualTo(rub(390));
        });
        // Everything paid came back, each method exactly what it paid.
        assertThat(refunds.stream().filter(r -> r.method() == PaymentMethod.CARD).map(StoredPayment::amount)
                .reduce(Money.rub(0), Money::plus)).isEqualTo(rub(200));
        assertThat(refunds.stream().filter(r -> r.method() == PaymentMethod.CASH).map(StoredPayment::amount)
                .reduce(Money.rub(0), Money::plus)).isEqualTo(rub(490));
    }

    @Test
    void aPointsDiscountStaysWithWhatIsKeptUntilTheWholeOrderIsCancelled() {
        var guest = pos.customers.register(pos.cashier, "Гость с возвратом", "+7 916 000-66-77");
        pos.db.execute("insert into pos.loyalty_entry (customer_id, points, kind) values (" + guest.id() + ", 100, 'adjustment')");
        // 3 espressos = 450 ₽, less 100 points = 350 ₽ in cash.
        PlacedOrder order = pos.orders.place(pos.cashier, new PlaceOrder(UUID.randomUUID(), Optional.of(guest.id()), 100,
                List.of(OrderLine.of(espresso, 3)), List.of(Payment.cash(rub(350), null))));
        long line = lineOf(order.orderId(), espresso);

        // One espresso back: the guest keeps two (300 ₽) and the 100 ₽ discount, so owes 200 ₽ of the 350 ₽.
        pos.orders.cancelItems(pos.cashier, order.orderId(), List.of(new ItemCancellation(line, 1, "лишний", Disposition.RETURN_TO_STOCK)));
        assertThat(refunds(order.orderId())).extracting(StoredPayment::amount).containsExactly(rub(150));

        pos.orders.cancel(pos.cashier, order.orderId(), "всё отменили", Disposition.RETURN_TO_STOCK);
        assertThat(refunds(order.orderId())).extracting(StoredPayment::amount).containsExactly(rub(150), rub(200));
        assertThat(pos.customers.find(guest.id()).orElseThrow().points()).isEqualTo(100);
    }

    @Test
    void aTillWithoutAnOpenShiftCannotGiveMoneyBackButCancelsAnOrderThatWasNeverPaid() {
        EmployeeSession noShift = pos.loginAt("Касса без ящика", "Алексей Петров", new Pin("4444"));
        PlacedOrder paid = pos.orders.place(pos.cashier, pos.cashSale(OrderLine.of(cookie, 2)));
        BigDecimal cookies = pos.onHand("Печенье");

        assertThatThrownBy(() -> pos.orders.cancel(noShift, paid.orderId(), "гость ушёл", Disposition.RETURN_TO_STOCK))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT);
                    assertThat(e.messageKey()).isEqualTo("shift.error.not_open");
                });
        // Nothing was written: still open, no cancellation, no stock back, no refund.
        assertThat(pos.orders.find(paid.orderId()).orElseThrow().status()).isEqualTo(OrderStatus.PENDING);
        assertThat(pos.orders.cancellationsOf(paid.orderId())).isEmpty();
        assertThat(pos.onHand("Печенье")).isEqualByComparingTo(cookies);
        assertThat(refunds(paid.orderId())).isEmpty();

        // An order from before payments were recorded (stored by the internal function, as before V0015) has
        // nothing to give back, so that till may cancel it.
        long old = pos.id("select order_id from pos.place_order(gen_random_uuid(), ?, ?, null, 0, cast(? as jsonb))",
                noShift.employeeId(), noShift.terminalId(), "[{\"product_id\": " + cookie + ", \"quantity\": 1}]");
        assertThat(pos.orders.cancel(noShift, old, "старый заказ", Disposition.RETURN_TO_STOCK)).isEqualTo(OrderStatus.CANCELLED);
        assertThat(pos.payments.paymentsOf(old)).isEmpty();
        assertThat(pos.scalar("select count(*) from pos.customer_order where id = ? and shift_id is null and cancelled_shift_id is null", old))
                .isEqualTo(1L);
    }
}
