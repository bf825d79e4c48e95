package app.stoika.pos.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import app.stoika.pos.customer.Customer;
import app.stoika.pos.shared.DomainException;
import app.stoika.pos.testing.PosFixture;

@DatabaseTest(demoData = true)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrderLifecycleTest {
    PosFixture pos;
    long sandwich;
    long cookie;

    @BeforeAll
    void open(TestDatabase db) {
        pos = new PosFixture(db, 4);
        sandwich = pos.productId("Сэндвич с ветчиной и сыром");
        cookie = pos.productId("Печенье");
    }

    @AfterAll
    void close() {
        pos.close();
    }

    private PlacedOrder sell(long product, int quantity) {
        return pos.orders.place(pos.cashier, pos.cashSale(OrderLine.of(product, quantity)));
    }

    @Test
    void anOrderMovesFromPendingToPreparingToCompleted() {
        PlacedOrder order = sell(cookie, 1);
        pos.orders.startPreparing(pos.cashier, List.of(order.orderId()));
        assertThat(pos.orders.find(order.orderId()).orElseThrow().status()).isEqualTo(OrderStatus.PREPARING);
        pos.orders.complete(pos.cashier, List.of(order.orderId()));
        assertThat(pos.orders.find(order.orderId()).orElseThrow().status()).isEqualTo(OrderStatus.COMPLETED);
    }

    @Test
    void illegalTransitionsAreRefusedByTheDatabase() {
        PlacedOrder done = sell(cookie, 1);
        pos.orders.complete(pos.cashier, List.of(done.orderId()));
        assertThatThrownBy(() -> pos.orders.startPreparing(pos.cashier, List.of(done.orderId())))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("order.error.illegal_transition"));
        assertThatThrownBy(() -> pos.orders.cancel(pos.cashier, done.orderId(), "late", Disposition.WASTE))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("order.error.not_cancellable"));

        // Even a direct UPDATE, bypassing the functions, cannot move a completed order back.
        assertThatThrownBy(() -> pos.db.execute("update pos.customer_order set status = 'pending' where id = " + done.orderId()))
                .hasMessageContaining("order.error.illegal_transition");
        assertThat(pos.orders.find(done.orderId()).orElseThrow().status()).isEqualTo(OrderStatus.COMPLETED);
    }

    @Test
    void aBatchCompletesAllOrNone() {
        PlacedOrder a = sell(cookie, 1);
        PlacedOrder b = sell(cookie, 1);
        PlacedOrder cancelled = sell(cookie, 1);
        pos.orders.cancel(pos.cashier, cancelled.orderId(), "guest left", Disposition.RETURN_TO_STOCK);

        assertThatThrownBy(() -> pos.orders.complete(pos.cashier, List.of(a.orderId(), b.orderId(), cancelled.orderId())))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("order.error.illegal_transition");
                    assertThat(e.arguments().get("items").toString()).contains("cancelled");
                });
        assertThat(pos.orders.find(a.orderId()).orElseThrow().status()).isEqualTo(OrderStatus.PENDING);

        assertThat(pos.orders.complete(pos.cashier, List.of(a.orderId(), b.orderId()))).isEqualTo(2);
        assertThat(pos.orders.find(b.orderId()).orElseThrow().status()).isEqualTo(OrderStatus.COMPLETED);
    }

    @Test
    void cancellingAWholeOrderReturnsItsStockExactlyOnce() {
        BigDecimal bread = pos.onHand("Хлеб для сэндвича");
        BigDecimal ham = pos.onHand("Ветчина");
        PlacedOrder order = sell(sandwich, 2);
        assertThat(pos.onHand("Хлеб для сэндвича")).isEqualByComparingTo(bread.subtract(BigDecimal.valueOf(4)));

        assertThat(pos.orders.cancel(pos.cashier, order.orderId(), "Гость передумал", Disposition.RETURN_TO_STOCK))
                .isEqualTo(OrderStatus.CANCELLED);
        assertThat(pos.onHand("Хлеб для сэндвича")).isEqualByComparingTo(bread);
        assertThat(pos.onHand("Ветчина")).isEqualByComparingTo(ham);

        assertThatThrownBy(() -> pos.orders.cancel(pos.cashier, order.orderId(), "again", Disposition.RETURN_TO_STOCK))
                .isInstanceOf(DomainException.class);
        assertThat(pos.onHand("Хлеб для сэндвича")).isEqualByComparingTo(bread);
        assertThat(pos.orders.cancellationsOf(order.orderId())).singleElement()
                .satisfies(c -> assertThat(c.reason()).isEqualTo("Гость передумал"));
    }

    @Test
    void cancellingPartOfALineReturnsOrWastesOnlyThatPart() {
        BigDecimal bread = pos.onHand("Хлеб для сэндвича");
        PlacedOrder order = pos.orders.place(pos.cashier, pos.cashSale(OrderLine.of(sandwich, 3), OrderLine.of(cookie, 1)));
        long sandwichLine = pos.orders.find(order.orderId()).orElseThrow().items().get(0).id();

        pos.orders.cancelItems(pos.cashier, order.orderId(),
                List.of(new ItemCancellation(sandwichLine, 1, "Уронили", Disposition.WASTE)));
        assertThat(pos.onHand("Хлеб для сэндвича")).as("waste returns nothing")
                .isEqualByComparingTo(bread.subtract(BigDecimal.valueOf(6)));

        OrderStatus status = pos.orders.cancelItems(pos.cashier, order.orderId(),
                List.of(new ItemCancellation(sandwichLine, 1, "Не успели сделать", Disposition.RETURN_TO_STOCK)));
        assertThat(status).isEqualTo(OrderStatus.PENDING);
        assertThat(pos.onHand("Хлеб для сэндвича")).isEqualByComparingTo(bread.subtract(BigDecimal.valueOf(4)));

        CustomerOrder stored = pos.orders.find(order.orderId()).orElseThrow();
        assertThat(stored.items().get(0).activeQuantity()).isEqualTo(1);
        assertThat(stored.totalMinor()).isEqualTo(28_000 + 9_000);

        // More than is left on the line is refused.
        assertThatThrownBy(() -> pos.orders.cancelItems(pos.cashier, order.orderId(),
                List.of(new ItemCancellation(sandwichLine, 2, "too many", Disposition.RETURN_TO_STOCK))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("order.error.bad_cancel_line"));
        assertThat(pos.inventory.ledgerMismatches()).isEmpty();
    }

    @Test
    void aCompletedOrderEarnsPointsAndPointsRedeemAsADiscount() {
        Customer guest = pos.customers.register(pos.cashier, "Тест Гость", "8 (916) 555-01-02");
        assertThat(guest.phone().e164()).isEqualTo("+79165550102");

        PlacedOrder earning = pos.orders.place(pos.cashier, pos.paidInCash(new PlaceOrder(UUID.randomUUID(),
                Optional.of(guest.id()), 0, List.of(OrderLine.of(sandwich, 2)), List.of())));
        pos.orders.complete(pos.cashier, List.of(earning.orderId()));
        // 5% of 560 ₽ = 28 points
        assertThat(pos.customers.find(guest.id()).orElseThrow().points()).isEqualTo(28);

        PlacedOrder redeeming = pos.orders.place(pos.cashier, pos.paidInCash(new PlaceOrder(UUID.randomUUID(),
                Optional.of(guest.id()), 20, List.of(OrderLine.of(cookie, 1)), List.of())));
        assertThat(redeeming.total().minor()).isEqualTo(9_000 - 2_000);
        assertThat(pos.customers.find(guest.id()).orElseThrow().points()).isEqualTo(8);

        assertThatThrownBy(() -> pos.orders.place(pos.cashier, pos.paidInCash(new PlaceOrder(UUID.randomUUID(),
                Optional.of(guest.id()), 9, List.of(OrderLine.of(sandwich, 1)), List.of()))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("order.error.not_enough_points"));

        // Cancelling the redeeming order gives the points back.
        pos.orders.cancel(pos.cashier, redeeming.orderId(), "ошибка", Disposition.RETURN_TO_STOCK);
        assertThat(pos.customers.find(guest.id()).orElseThrow().points()).isEqualTo(28);
        assertThat(pos.customers.orderHistory(guest.id(), 10)).hasSize(2);
    }

    @Test
    void aPhoneBelongsToOneCustomer() {
        pos.customers.register(pos.cashier, "Первый", "+7 999 111-22-33");
        assertThatThrownBy(() -> pos.customers.register(pos.cashier, "Второй", "89991112233"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("customer.error.phone_taken"));
    }

    @Test
    void theQueueListsOpenOrdersOldestFirst() {
        PlacedOrder first = sell(cookie, 1);
        PlacedOrder second = sell(cookie, 1);
        List<Long> queue = pos.orders.queue().stream().map(CustomerOrder::id).toList();
        assertThat(queue).containsSubsequence(first.orderId(), second.orderId());
        assertThat(pos.orders.queue()).allMatch(o -> o.status().isOpen());
    }
}
