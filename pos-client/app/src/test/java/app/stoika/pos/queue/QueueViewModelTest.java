package app.stoika.pos.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import app.stoika.db.testing.DatabaseTest;
import app.stoika.db.testing.TestDatabase;
import app.stoika.pos.events.ConnectionState;
import app.stoika.pos.events.DatabaseEvents;
import app.stoika.pos.order.Disposition;
import app.stoika.pos.order.OrderStatus;
import app.stoika.pos.order.PlacedOrder;
import app.stoika.pos.ui.SameThreadTaskExecutor;
import app.stoika.pos.ui.TaskExecutor;

/**
 * The queue's reading discipline, without a screen: a burst of notifications costs at most one read in flight
 * plus one queued, and the board holds what the database holds.
 */
@DatabaseTest(demoData = true)
class QueueViewModelTest {
    private static QueueFixture fx;

    @BeforeAll
    static void open(TestDatabase db) {
        fx = new QueueFixture(db);
    }

    @AfterAll
    static void close() {
        fx.close();
    }

    /** Holds work until the test runs it, as a slow database would. Not thread-safe: the test drives it. */
    private static final class HeldTasks implements TaskExecutor {
        final Deque<Runnable> held = new ArrayDeque<>();
        int submitted;

        @Override
        public <T> void execute(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
            submitted++;
            held.add(() -> {
                T result;
                try {
                    result = work.call();
                } catch (Exception e) {
                    onFailure.accept(e);
                    return;
                }
                onSuccess.accept(result);
            });
        }

        void runNext() {
            held.removeFirst().run();
        }

        @Override
        public void close() {
        }
    }

    private QueueViewModel model(TaskExecutor tasks) {
        return new QueueViewModel(fx.reader(), fx.orders, tasks, fx.loggedIn::get, (s, p, ok) -> { }, fx.clock);
    }

    @Test
    void manyRefreshRequestsDuringARead() {
        HeldTasks tasks = new HeldTasks();
        QueueViewModel model = model(tasks);
        PlacedOrder first = fx.sell("Вода без газа", 1);

        model.refresh();
        PlacedOrder second = fx.sell("Вода без газа", 1);
        for (int i = 0; i < 10; i++) {
            model.refresh(); // as if ten sales were announced while the first read runs
        }
        assertThat(tasks.submitted).as("one read in flight").isEqualTo(1);

        tasks.runNext();
        assertThat(tasks.submitted).as("then exactly one more").isEqualTo(2);
        tasks.runNext();
        assertThat(tasks.held).isEmpty();
        assertThat(tasks.submitted).isEqualTo(2);
        assertThat(model.pending()).extracting(QueueCard::orderId).contains(first.orderId(), second.orderId());
        assertThat(model.loadedProperty().get()).isTrue();
    }

    @Test
    void notificationsFromTheDatabaseTriggerCoalescedReads() throws Exception {
        HeldTasks tasks = new HeldTasks();
        QueueViewModel model = model(tasks);
        LinkedBlockingQueue<Runnable> ui = new LinkedBlockingQueue<>();
        try (DatabaseEvents events = DatabaseEvents.open(fx.settings)) {
            model.listenTo(events, ui::add);
            ui.take().run(); // the current connection state
            assertThat(model.connectionProperty().get()).isEqualTo(ConnectionState.UP);

            PlacedOrder a = fx.sellAtOtherTill("Вода без газа", 1);
            ui.poll(1, TimeUnit.SECONDS).run();
            assertThat(tasks.submitted).isEqualTo(1);
            fx.sellAtOtherTill("Вода без газа", 1);
            fx.sellAtOtherTill("Вода без газа", 1);
            ui.poll(1, TimeUnit.SECONDS).run();
            ui.poll(1, TimeUnit.SECONDS).run();
            assertThat(tasks.submitted).as("two notifications during a read: one more read queued").isEqualTo(1);
            tasks.runNext();
            tasks.runNext();
            assertThat(tasks.submitted).isEqualTo(2);
            assertThat(model.pending()).extracting(QueueCard::orderId).contains(a.orderId());

            model.close();
            fx.sellAtOtherTill("Вода без газа", 1);
            assertThat(ui.poll(500, TimeUnit.MILLISECONDS)).as("closed: no more reads").isNull();
        }
    }

    @Test
    void theBoardIsSplitByStatusAndKeepsTodaysLastCompletedNewestFirst() {
        fx.clearQueue();
        QueueViewModel model = model(new SameThreadTaskExecutor());
        PlacedOrder waiting = fx.sell("Вода без газа", 1);
        PlacedOrder preparing = fx.sell("Вода без газа", 1);
        fx.orders.startPreparing(fx.barista, List.of(preparing.orderId()));
        PlacedOrder cancelled = fx.sell("Вода без газа", 1);
        fx.orders.cancel(fx.barista, cancelled.orderId(), "test", Disposition.RETURN_TO_STOCK);
        for (int i = 0; i < QueueViewModel.COMPLETED_SHOWN + 2; i++) {
            fx.orders.complete(fx.barista, List.of(fx.sell("Вода без газа", 1).orderId()));
        }
        PlacedOrder last = fx.sell("Вода без газа", 1);
        fx.orders.complete(fx.barista, List.of(last.orderId()));

        model.refresh();
        assertThat(model.pending()).extracting(QueueCard::orderId).containsExactly(waiting.orderId());
        assertThat(model.preparing()).extracting(QueueCard::orderId).containsExactly(preparing.orderId());
        assertThat(model.completed()).hasSize(QueueViewModel.COMPLETED_SHOWN)
                .allSatisfy(c -> assertThat(c.status()).isEqualTo(OrderStatus.COMPLETED));
        assertThat(model.completed().get(0).orderId()).isEqualTo(last.orderId());
        assertThat(model.completed()).extracting(QueueCard::orderId).doesNotContain(cancelled.orderId());
        assertThat(model.find(waiting.orderId())).map(QueueCard::till).isEqualTo(Optional.of("Бар"));
    }
}
