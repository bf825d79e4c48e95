package app.stoika.pos.shift;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import app.stoika.db.testing.DatabaseTest;
import app.stoika.db.testing.TestDatabase;
import app.stoika.pos.order.OrderLine;
import app.stoika.pos.order.PlaceOrder;
import app.stoika.pos.order.PlacedOrder;
import app.stoika.pos.payment.Payment;
import app.stoika.pos.security.EmployeeSession;
import app.stoika.pos.shared.DomainException;
import app.stoika.pos.shared.Money;
import app.stoika.pos.shared.Quantity;
import app.stoika.pos.testing.PosFixture;

/**
 * A close racing the till's own sales: 8 threads sell at one till (each on its own pooled connection, as
 * the terminal role) while a ninth closes the shift. Every sale either landed before the close and is in
 * its figures, or came after it and was refused; the Z report's figures are exactly its payment rows.
 */
@DatabaseTest(demoData = true)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShiftCloseRaceTest {
    static final int SELLERS = 8;

    PosFixture pos;
    ExecutorService pool;

    @BeforeAll
    void open(TestDatabase db) {
        pos = new PosFixture(db, SELLERS + 4);
        pool = Executors.newFixedThreadPool(SELLERS + 1);
    }

    @AfterAll
    void close() throws InterruptedException {
        pool.shutdownNow();
        pool.awaitTermination(10, TimeUnit.SECONDS);
        pos.close();
    }

    @Test
    void everySaleIsEitherInTheClosedShiftsFiguresOrRefused() throws Exception {
        long espresso = pos.productId("Эспрессо");   // 150 ₽
        pos.inventory.restock(pos.cashier, pos.ingredientId("Кофе в зёрнах"), Quantity.of(100_000), "поставка");
        EmployeeSession till = pos.cashierAt("Касса гонки");
        long shiftId = pos.shifts.current(till).orElseThrow().id();

        Map<UUID, PlacedOrder> acknowledged = new ConcurrentHashMap<>();
        Map<UUID, String> refused = new ConcurrentHashMap<>();
        List<Throwable> unexpected = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean closed = new AtomicBoolean();
        CountDownLatch enoughSold = new CountDownLatch(40);
        CyclicBarrier start = new CyclicBarrier(SELLERS);
        List<Future<?>> sellers = new ArrayList<>();
        for (int t = 0; t < SELLERS; t++) {
            sellers.add(pool.submit(() -> {
                start.await();
                // Sell until the close has returned, then three more times: those must all be refused.
                for (int afterClose = 0; afterClose < 3; ) {
                    if (closed.get()) {
                        afterClose++;
                    }
                    int cups = 1 + ThreadLocalRandom.current().nextInt(3);
                    Money due = Money.rub(15_000L * cups);
                    PlaceOrder request = PlaceOrder.of(List.of(OrderLine.of(espresso, cups)),
                            List.of(Payment.cash(due, Money.rub(100_000))));
                    try {
                        acknowledged.put(request.clientOrderId(), pos.orders.place(till, request));
                        enoughSold.countDown();
                    } catch (DomainException e) {
                        refused.put(request.clientOrderId(), e.messageKey());
                    } catch (Throwable e) {
                        unexpected.add(e);
                    }
                }
                return null;
            }));
        }
        Future<ShiftReport> closer = pool.submit(() -> {
            enoughSold.await(60, TimeUnit.SECONDS);
            try {
                return pos.shifts.close(till, Money.rub(0));
            } finally {
                closed.set(true);
            }
        });
        ShiftReport z = closer.get(120, TimeUnit.SECONDS);
        for (Future<?> f : sellers) {
            f.get(120, TimeUnit.SECONDS);
        }

        assertThat(unexpected).isEmpty();
        assertThat(z.shiftId()).isEqualTo(shiftId);
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(40);
        assertThat(refused).hasSizeGreaterThanOrEqualTo(SELLERS * 3);
        assertThat(refused.values()).containsOnly("shift.error.not_open");

        // Every acknowledged sale is in the closed shift, with its payment; no refused one left a trace.
        for (PlacedOrder placed : acknowledged.values()) {
            assertThat(pos.count("select shift_id from pos.customer_order where id = ?", placed.orderId())).isEqualTo(shiftId);
            assertThat(pos.count("select shift_id from pos.payment where order_id = ? and kind = 'sale'", placed.orderId()))
                    .isEqualTo(shiftId);
        }
        for (UUID id : refused.keySet()) {
            assertThat(pos.count("select count(*) from pos.customer_order where client_order_id = ?", id)).isZero();
        }
        // The Z report is the acknowledged sales, and exactly the payment rows of the shift.
        long acknowledgedMinor = acknowledged.values().stream().mapToLong(p -> p.total().minor()).sum();
        assertThat(z.cashSales()).isEqualTo(Money.rub(acknowledgedMinor));
        assertThat(z.salesCount()).isEqualTo(acknowledged.size());
        assertThat(pos.count("select coalesce(sum(amount_minor), 0) from pos.payment where shift_id = ?", shiftId))
                .isEqualTo(acknowledgedMinor);
        assertThat(pos.count("select count(*) from pos.payment where shift_id = ?", shiftId)).isEqualTo(acknowledged.size());
        assertThat(z.expectedCash()).isEqualTo(PosFixture.OPENING_FLOAT.plus(z.cashSales()));
        assertThat(pos.count("select expected_cash_minor from pos.shift where id = ?", shiftId)).isEqualTo(z.expectedCash().minor());
        assertThat(z.difference()).contains(Money.rub(0).minus(z.expectedCash()));
        // Nothing was paid into the shift after it closed.
        assertThat(pos.count("select count(*) from pos.payment p join pos.shift s on s.id = p.shift_id "
                + "where s.id = ? and p.at > s.closed_at", shiftId)).isZero();
        assertThat(pos.count("select count(*) from pos.verify_audit_chain()")).isZero();
    }
}
