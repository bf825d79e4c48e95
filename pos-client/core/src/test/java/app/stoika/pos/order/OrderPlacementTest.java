package app.stoika.pos.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import app.stoika.db.testing.DatabaseTest;
import app.stoika.db.testing.TestDatabase;
import app.stoika.pos.inventory.Shortage;
import app.stoika.pos.shared.DomainException;
import app.stoika.pos.shared.ErrorKind;
import app.stoika.pos.testing.PosFixture;

@DatabaseTest(demoData = true)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrderPlacementTest {
    PosFixture pos;

    @BeforeAll
    void open(TestDatabase db) {
        pos = new PosFixture(db, 4);
    }

    @AfterAll
    void close() {
        pos.close();
    }

    private OrderLine milkTea(int quantity, String size, Long... extraOptions) {
        var options = new java.util.HashSet<Long>(Set.of(pos.optionId("Размер", size), pos.optionId("Сахар", "50%"),
                pos.optionId("Лёд", "Обычно")));
        options.addAll(List.of(extraOptions));
        return new OrderLine(pos.productId("Классический молочный чай"), quantity, options, null);
    }

    @Test
    void aSaleIsPricedFromTheCatalogAndDeductsEveryIngredientOfRecipeAndOptions() {
        BigDecimal milk = pos.onHand("Молоко");
        BigDecimal tapioca = pos.onHand("Тапиока");
        BigDecimal bigCups = pos.onHand("Стакан 700 мл");
        BigDecimal syrup = pos.onHand("Сахарный сироп");

        // 2 × large milk tea with a tapioca topping: (290 + 60 + 50) × 2 = 800 ₽
        PlacedOrder placed = pos.orders.place(pos.cashier, pos.cashSale(milkTea(2, "L 700 мл", pos.optionId("Топпинги", "Тапиока"))));

        assertThat(placed.total().minor()).isEqualTo(80_000);
        assertThat(placed.change().isZero()).isTrue();
        assertThat(placed.replayed()).isFalse();
        assertThat(placed.dailyNumber()).isPositive();
        assertThat(pos.count("select subtotal_minor from pos.customer_order where id = ?", placed.orderId())).isEqualTo(80_000);
        // recipe 150 ml milk + large size 60 ml, per drink
        assertThat(pos.onHand("Молоко")).isEqualByComparingTo(milk.subtract(new BigDecimal("420")));
        // recipe 60 g + topping 50 g, per drink
        assertThat(pos.onHand("Тапиока")).isEqualByComparingTo(tapioca.subtract(new BigDecimal("220")));
        assertThat(pos.onHand("Стакан 700 мл")).isEqualByComparingTo(bigCups.subtract(new BigDecimal("2")));
        assertThat(pos.onHand("Сахарный сироп")).isEqualByComparingTo(syrup.subtract(new BigDecimal("20")));
        assertThat(pos.inventory.ledgerMismatches()).isEmpty();

        CustomerOrder stored = pos.orders.find(placed.orderId()).orElseThrow();
        assertThat(stored.status()).isEqualTo(OrderStatus.PENDING);
        assertThat(stored.items()).singleElement().satisfies(item -> {
            assertThat(item.productName()).isEqualTo("Классический молочный чай");
            assertThat(item.unitPriceMinor()).isEqualTo(40_000);
            assertThat(item.options()).extracting(OrderItemOption::optionName)
                    .containsExactlyInAnyOrder("L 700 мл", "50%", "Обычно", "Тапиока");
        });
    }

    @Test
    void dailyNumbersIncreaseWithinTheDay() {
        PlacedOrder first = pos.orders.place(pos.cashier, pos.cashSale(OrderLine.of(pos.productId("Печенье"), 1)));
        PlacedOrder second = pos.orders.place(pos.cashier, pos.cashSale(OrderLine.of(pos.productId("Печенье"), 1)));
        assertThat(second.dailyNumber()).isGreaterThan(first.dailyNumber());
    }

    @Test
    void aRetryWithTheSameClientOrderIdReturnsTheStoredOrderAndDeductsStockOnce() {
        long cookie = pos.productId("Печенье");
        BigDecimal before = pos.onHand("Печенье");
        PlaceOrder request = pos.paidInCash(new PlaceOrder(UUID.randomUUID(), Optional.empty(), 0,
                List.of(OrderLine.of(cookie, 2)), List.of()));

        PlacedOrder first = pos.orders.place(pos.cashier, request);
        PlacedOrder retry = pos.orders.place(pos.cashier, request);

        assertThat(retry.orderId()).isEqualTo(first.orderId());
        assertThat(retry.dailyNumber()).isEqualTo(first.dailyNumber());
        assertThat(retry.replayed()).isTrue();
        assertThat(pos.count("select count(*) from pos.customer_order where client_order_id = ?", request.clientOrderId()))
                .isEqualTo(1);
        assertThat(pos.onHand("Печенье")).isEqualByComparingTo(before.subtract(BigDecimal.valueOf(2)));
    }

    @Test
    void aShortSaleNamesEveryMissingIngredientWithHowMuchIsMissingAndWritesNothing() {
        long orders = pos.count("select count(*) from pos.customer_order");
        long movements = pos.count("select count(*) from pos.stock_movement");
        BigDecimal milk = pos.onHand("Молоко");

        // Cheesecake: 1 on hand, threshold 1 → none to sell. Mochi: 24 on hand, threshold 2, 2 per portion → 11 portions.
        assertThatThrownBy(() -> pos.orders.place(pos.cashier, PlaceOrder.of(List.of(
                OrderLine.of(pos.productId("Чизкейк"), 2),
                OrderLine.of(pos.productId("Моти"), 12),
                milkTea(1, "M 500 мл")))))
                .isInstanceOfSatisfying(InsufficientStockException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT);
                    assertThat(e.shortages()).extracting(Shortage::name).containsExactlyInAnyOrder("Чизкейк", "Моти");
                    assertThat(e.shortages()).filteredOn(s -> s.name().equals("Чизкейк")).singleElement()
                            .satisfies(s -> {
                                assertThat(s.needed()).isEqualByComparingTo("2");
                                assertThat(s.available()).isEqualByComparingTo("0");
                                assertThat(s.missing()).isEqualByComparingTo("2");
                            });
                    assertThat(e.shortages()).filteredOn(s -> s.name().equals("Моти")).singleElement()
                            .satisfies(s -> assertThat(s.missing()).isEqualByComparingTo("2"));
                });

        assertThat(pos.count("select count(*) from pos.customer_order")).isEqualTo(orders);
        assertThat(pos.count("select count(*) from pos.stock_movement")).isEqualTo(movements);
        assertThat(pos.onHand("Молоко")).isEqualByComparingTo(milk);
    }

    @Test
    void aMissingRequiredModifierIsRefused() {
        OrderLine noSize = new OrderLine(pos.productId("Классический молочный чай"), 1,
                Set.of(pos.optionId("Сахар", "50%"), pos.optionId("Лёд", "Обычно")), null);
        assertThatThrownBy(() -> pos.orders.place(pos.cashier, PlaceOrder.of(List.of(noSize))))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("order.error.modifier_choices");
                    assertThat(e.arguments().get("items").toString()).contains("Размер");
                });
    }

    @Test
    void anOptionOfAnotherProductIsRefused() {
        OrderLine cookieWithTopping = OrderLine.of(pos.productId("Печенье"), 1, pos.optionId("Топпинги", "Тапиока"));
        assertThatThrownBy(() -> pos.orders.place(pos.cashier, PlaceOrder.of(List.of(cookieWithTopping))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("order.error.bad_option"));
    }

    @Test
    void notesWithSqlMetacharactersAndUnicodeAreStoredVerbatim() {
        String note = "'; drop table pos.customer_order; -- «без сахара» 🧋";
        PlacedOrder placed = pos.orders.place(pos.cashier, pos.cashSale(new OrderLine(pos.productId("Печенье"), 1, Set.of(), note)));
        assertThat(pos.scalar("select note from pos.order_item where order_id = ?", placed.orderId())).isEqualTo(note);
    }
}
