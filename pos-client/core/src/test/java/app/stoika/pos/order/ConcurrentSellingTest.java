package app.stoika.pos.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import app.stoika.db.testing.DatabaseTest;
import app.stoika.db.testing.TestDatabase;
import app.stoika.pos.security.EmployeeSession;
import app.stoika.pos.shared.DomainException;
import app.stoika.pos.shared.Money;
import app.stoika.pos.shared.Quantity;
import app.stoika.pos.testing.PosFixture;

/**
 * The selling guarantees under real concurrency: 16 threads, each a till with its own employee session
 * and its own pooled connection (as the terminal role), placing and cancelling orders against one
 * PostgreSQL database at the same time.
 */
@DatabaseTest(demoData = true)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConcurrentSellingTest {
    static final int TERMINALS = 16;

    PosFixture pos;
    List<EmployeeSession> tills = new ArrayList<>();
    ExecutorService pool;

    @BeforeAll
    void open(TestDatabase db) {
        pos = new PosFixture(db, TERMINALS + 4);
        for (int t = 1; t <= TERMINALS; t++) {
            tills.add(pos.cashierAt("Касса нагрузки " + t));
        }
        pool = Executors.newFixedThreadPool(TERMINALS);
    }

    @AfterAll
    void close() throws InterruptedException {
        pool.shutdownNow();
        pool.awaitTermination(10, TimeUnit.SECONDS);
        pos.close();
    }

    @Test
    void sixteenTerminalsSellingScarceStockNeverOversellAndEveryAcknowledgedOrderIsStoredOnce() throws Exception {
        long cheesecake = pos.productId("Чизкейк");   // 1 on hand, threshold 1
        long mochi = pos.productId("Моти");           // 24 on hand, threshold 2, 2 per portion
        Money cheesecakePrice = pos.priceOf(List.of(OrderLine.of(cheesecake, 1)));
        Money mochiPrice = pos.priceOf(List.of(OrderLine.of(mochi, 1)));
        pos.inventory.restock(pos.cashier, pos.ingredientId("Чизкейк"), Quantity.of(40), "delivery");
        long ordersBefore = pos.count("select count(*) from pos.customer_order");
        long salesAuditedBefore = pos.count("select count(*) from pos.audit_log where action = 'sale'");
        long paymentsBefore = pos.count("select count(*) from pos.payment where kind = 'sale'");

        Map<UUID, PlaceOrder> acknowledged = new ConcurrentHashMap<>();
        List<Throwable> unexpected = Collections.synchronizedList(new ArrayList<>());
        CyclicBarrier start = new CyclicBarrier(TERMINALS);
        List<Future<?>> terminals = new ArrayList<>();
        for (int t = 0; t < TERMINALS; t++) {
            EmployeeSession till = tills.get(t);
            terminals.add(pool.submit(() -> {
                start.await();
                for (int attempt = 0; attempt < 12; attempt++) {
                    var random = ThreadLocalRandom.current();
                    int cheesecakes = 1 + random.nextInt(2);
                    boolean withMochi = random.nextBoolean();
                    List<OrderLine> lines = withMochi
                            ? List.of(OrderLine.of(cheesecake, 1), OrderLine.of(mochi, 1))
                            : List.of(OrderLine.of(cheesecake, cheesecakes));
                    Money total = withMochi ? cheesecakePrice.plus(mochiPrice) : cheesecakePrice.times(cheesecakes);
                    PlaceOrder request = PosFixture.paidInCash(
                            new PlaceOrder(UUID.randomUUID(), Optional.empty(), 0, lines, List.of()), total);
                    try {
                        PlacedOrder placed = pos.orders.place(till, request);
                        acknowledged.put(request.clientOrderId(), request);
                        if (random.nextInt(4) == 0) {
                            // The acknowledgement "was lost": the terminal resends the same order.
                            assertThat(pos.orders.place(till, request).orderId()).isEqualTo(placed.orderId());
                        }
                    } catch (InsufficientStockException expected) {
                        // sold out: a clean refusal
                    } catch (Throwable e) {
                        unexpected.add(e);
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : terminals) {
            f.get(120, TimeUnit.SECONDS);
        }

        assertThat(unexpected).isEmpty();
        long cheesecakesAcknowledged = acknowledged.values().stream().flatMap(r -> r.lines().stream())
                .filter(l -> l.productId() == cheesecake).mapToLong(OrderLine::quantity).sum();
        long mochiAcknowledged = acknowledged.values().stream().flatMap(r -> r.lines().stream())
                .filter(l -> l.productId() == mochi).mapToLong(OrderLine::quantity).sum();

        // Nothing sold that was not there, and the threshold was respected.
        assertThat(cheesecakesAcknowledged).isLessThanOrEqualTo(40);
        assertThat(pos.onHand("Чизкейк")).isEqualByComparingTo(BigDecimal.valueOf(41 - cheesecakesAcknowledged));
        assertThat(pos.onHand("Моти")).isEqualByComparingTo(BigDecimal.valueOf(24 - 2 * mochiAcknowledged));
        assertThat(pos.onHand("Моти")).isGreaterThanOrEqualTo(BigDecimal.valueOf(2));
        // With 192 attempts for 40 cheesecakes, they sell out.
        assertThat(pos.onHand("Чизкейк")).isEqualByComparingTo(BigDecimal.ONE);
        // Every acknowledged order is stored exactly once, and nothing else was stored.
        assertThat(pos.count("select count(*) from pos.customer_order")).isEqualTo(ordersBefore + acknowledged.size());
        // ... each with its one payment, for exactly its total.
        assertThat(pos.count("select count(*) from pos.payment where kind = 'sale'")).isEqualTo(paymentsBefore + acknowledged.size());
        assertThat(pos.count("select count(*) from pos.customer_order o join pos.payment p on p.order_id = o.id "
                + "where p.kind = 'sale' and p.amount_minor <> o.subtotal_minor - o.discount_minor")).isZero();
        for (UUID id : acknowledged.keySet()) {
            assertThat(pos.count("select count(*) from pos.customer_order where client_order_id = ?", id)).isEqualTo(1);
        }
        assertThat(pos.inventory.ledgerMismatches()).isEmpty();
        assertThat(pos.count("select count(*) from pos.ingredient where on_hand < 0")).isZero();
        // Every stored sale is audited once (a resend is not a new sale), and every till's chain verifies.
        assertThat(pos.count("select count(*) from pos.audit_log where action = 'sale'"))
                .isEqualTo(salesAuditedBefore + acknowledged.size());
        assertThat(pos.count("select count(*) from pos.verify_audit_chain()")).isZero();
    }

    @Test
    void twoTerminalsCancellingTheSameOrderAtOnceReturnStockExactlyOnce() throws Exception {
        long sandwich = pos.productId("Сэндвич с ветчиной и сыром");
        for (int round = 0; round < 10; round++) {
            BigDecimal cheese = pos.onHand("Сыр");
            PlacedOrder order = pos.orders.place(tills.get(0), pos.cashSale(OrderLine.of(sandwich, 1)));
            CyclicBarrier together = new CyclicBarrier(2);
            List<Future<Boolean>> attempts = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                EmployeeSession till = tills.get(t);  // two different tills press "cancel" at once
                attempts.add(pool.submit(() -> {
                    together.await();
                    try {
                        pos.orders.cancel(till, order.orderId(), "двойное нажатие", Disposition.RETURN_TO_STOCK);
                        return true;
                    } catch (DomainException e) {
                        assertThat(e.messageKey()).isEqualTo("order.error.not_cancellable");
                        return false;
                    }
                }));
            }
            long succeeded = 0;
            for (Future<Boolean> f : attempts) {
                succeeded += f.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(succeeded).as("round %d", round).isEqualTo(1);
            assertThat(pos.onHand("Сыр")).as("round %d", round).isEqualByComparingTo(cheese);
            assertThat(pos.count("select count(*) from pos.stock_movement where order_id = ? and kind = 'cancel_return'",
                    order.orderId())).isEqualTo(3);
            // ... and the money goes back exactly once.
            assertThat(pos.count("select sum(amount_minor) from pos.payment where order_id = ? and kind = 'refund'",
                    order.orderId())).as("round %d", round).isEqualTo(order.total().minor());
        }
    }

    @Test
    void ordersTakingTheSameIngredientsInOppositeOrderAllSucceedWithoutDeadlockErrors() throws Exception {
        // Two products listing the same ingredients; half the terminals put A first, half put B first.
        long ham = pos.productId("Сэндвич с ветчиной и сыром");   // bread, ham, cheese
        long toast = pos.productId("Сырный тост");                // bread, cheese
        pos.inventory.restock(pos.cashier, pos.ingredientId("Хлеб для сэндвича"), Quantity.of(2000), "big delivery");
        pos.inventory.restock(pos.cashier, pos.ingredientId("Сыр"), Quantity.of(50000), "big delivery");
        pos.inventory.restock(pos.cashier, pos.ingredientId("Ветчина"), Quantity.of(50000), "big delivery");
        Money price = pos.priceOf(List.of(OrderLine.of(ham, 1), OrderLine.of(toast, 1)));

        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        CyclicBarrier start = new CyclicBarrier(TERMINALS);
        List<Future<Integer>> terminals = new ArrayList<>();
        for (int t = 0; t < TERMINALS; t++) {
            boolean hamFirst = t % 2 == 0;
            EmployeeSession till = tills.get(t);
            terminals.add(pool.submit(() -> {
                start.await();
                int placed = 0;
                for (int i = 0; i < 25; i++) {
                    List<OrderLine> lines = hamFirst
                            ? List.of(OrderLine.of(ham, 1), OrderLine.of(toast, 1))
                            : List.of(OrderLine.of(toast, 1), OrderLine.of(ham, 1));
                    try {
                        pos.orders.place(till, PosFixture.paidInCash(PlaceOrder.of(lines), price));
                        placed++;
                    } catch (Throwable e) {
                        failures.add(e);
                    }
                }
                return placed;
            }));
        }
        int total = 0;
        for (Future<Integer> f : terminals) {
            total += f.get(120, TimeUnit.SECONDS);
        }
        assertThat(failures).isEmpty();
        assertThat(total).isEqualTo(TERMINALS * 25);
        assertThat(pos.inventory.ledgerMismatches()).isEmpty();
    }
}
