package app.stoika.pos.queue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

import app.stoika.pos.events.Channel;
import app.stoika.pos.events.ConnectionState;
import app.stoika.pos.events.DatabaseEvents;
import app.stoika.pos.events.Subscription;
import app.stoika.pos.order.Disposition;
import app.stoika.pos.order.OrderService;
import app.stoika.pos.order.OrderStatus;
import app.stoika.pos.security.EmployeeSession;
import app.stoika.pos.security.Permission;
import app.stoika.pos.shared.DomainException;
import app.stoika.pos.ui.ManagerApproval;
import app.stoika.pos.ui.TaskExecutor;

/**
 * State and commands of the barista's queue; never touches controls. Reads go through {@link QueueReader},
 * moves and cancellations through {@link OrderService}, all on the {@link TaskExecutor}; results land here on
 * the UI thread. The board is re-read when the database announces an order change (or after a reconnection),
 * with at most one read in flight and one more queued however many notifications arrive: a rush of sales
 * costs a couple of reads, not one per sale. There is no polling.
 *
 * <p>Who acts is the caller's logged-in employee ({@code session}); while there is none the screen is
 * locked and every command does nothing.
 */
public final class QueueViewModel implements AutoCloseable {
    /** How many of today's completed orders the "ready" column keeps. */
    public static final int COMPLETED_SHOWN = 20;
    /** The argument of security.error.not_permitted naming the permission that was missing (pos.authorize). */
    private static final String PERMISSION_ARGUMENT = "permission";

    private final QueueReader reader;
    private final OrderService orders;
    private final TaskExecutor tasks;
    private final Supplier<Optional<EmployeeSession>> session;
    private final ManagerApproval approval;
    private final Clock clock;

    private final ObservableList<QueueCard> pending = FXCollections.observableArrayList();
    private final ObservableList<QueueCard> preparing = FXCollections.observableArrayList();
    private final ObservableList<QueueCard> completed = FXCollections.observableArrayList();
    private final BooleanProperty selecting = new SimpleBooleanProperty(false);
    private final ObservableSet<Long> selected = FXCollections.observableSet();
    private final BooleanProperty locked = new SimpleBooleanProperty(true);
    private final BooleanProperty loaded = new SimpleBooleanProperty(false);
    private final IntegerProperty running = new SimpleIntegerProperty(0);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final ObjectProperty<Throwable> failure = new SimpleObjectProperty<>();
    private final BooleanProperty batchFailed = new SimpleBooleanProperty(false);
    private final ObjectProperty<ConnectionState> connection = new SimpleObjectProperty<>(ConnectionState.UP);
    private final ObjectProperty<Instant> now = new SimpleObjectProperty<>();
    private final Set<Long> inFlight = new HashSet<>();
    private final List<Subscription> subscriptions = new ArrayList<>();

    private QueueBoard board = QueueBoard.EMPTY;
    private boolean refreshing;
    private boolean refreshQueued;
    /** The failure shown came from reading the board, so the next good read clears it. */
    private boolean failureFromRead;

    public QueueViewModel(QueueReader reader, OrderService orders, TaskExecutor tasks,
                          Supplier<Optional<EmployeeSession>> session, ManagerApproval approval, Clock clock) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.orders = Objects.requireNonNull(orders, "orders");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.session = Objects.requireNonNull(session, "session");
        this.approval = Objects.requireNonNull(approval, "approval");
        this.clock = Objects.requireNonNull(clock, "clock");
        busy.bind(running.greaterThan(0));
        now.set(clock.instant());
        selecting.addListener((obs, was, on) -> {
            if (!on) {
                selected.clear();
            }
        });
        sessionChanged();
    }

    public ObservableList<QueueCard> pending() { return pending; }
    public ObservableList<QueueCard> preparing() { return preparing; }
    public ObservableList<QueueCard> completed() { return completed; }
    /** Select mode: a tap ticks a card instead of moving it on. Leaving it clears the ticks. */
    public BooleanProperty selectingProperty() { return selecting; }
    public ObservableSet<Long> selected() { return selected; }
    /** No one is logged in: cards and buttons do nothing. */
    public ReadOnlyBooleanProperty lockedProperty() { return locked; }
    public ReadOnlyBooleanProperty loadedProperty() { return loaded; }
    public ReadOnlyBooleanProperty busyProperty() { return busy; }
    /** The last thing that went wrong, for a banner; null when there is nothing to say. */
    public ReadOnlyObjectProperty<Throwable> failureProperty() { return failure; }
    /** The failure refused a batch (complete or cancel selected): none of the ticked orders changed. */
    public ReadOnlyBooleanProperty batchFailedProperty() { return batchFailed; }
    /** Whether live updates arrive; while DOWN the board may be out of date. */
    public ReadOnlyObjectProperty<ConnectionState> connectionProperty() { return connection; }
    /** The time the waiting minutes are counted to; moves on with {@link #tick()}. */
    public ReadOnlyObjectProperty<Instant> nowProperty() { return now; }

    /**
     * Follows the database's order notifications and connection state. Callbacks arrive on the events
     * thread and are handed to {@code uiThread} (the app passes {@code Platform::runLater}).
     */
    public void listenTo(DatabaseEvents events, Executor uiThread) {
        // A change or a RESYNC alike: re-read (coalesced). Stock and catalog changes do not alter the queue.
        subscriptions.add(events.subscribe(Channel.ORDERS, e -> uiThread.execute(this::refresh)));
        subscriptions.add(events.onConnectionState(s -> uiThread.execute(() -> connection.set(s))));
    }

    /** Stops following the database. */
    @Override
    public void close() {
        subscriptions.forEach(Subscription::close);
        subscriptions.clear();
    }

    /** Re-reads the board; while a read is running, one more is queued (and further requests join it). */
    public void refresh() {
        if (refreshing) {
            refreshQueued = true;
            return;
        }
        refreshing = true;
        tasks.execute(() -> reader.read(COMPLETED_SHOWN), b -> {
            refreshing = false;
            apply(b);
            if (failureFromRead) {
                failure.set(null);
                failureFromRead = false;
            }
            refreshQueuedRead();
        }, e -> {
            refreshing = false;
            showFailure(e, true, false);
            refreshQueuedRead();
        });
    }

    private void refreshQueuedRead() {
        if (refreshQueued) {
            refreshQueued = false;
            refresh();
        }
    }

    private void apply(QueueBoard b) {
        board = b;
        pending.setAll(b.pending());
        preparing.setAll(b.preparing());
        completed.setAll(b.completed());
        selected.removeIf(id -> b.find(id).isEmpty());
        loaded.set(true);
        sessionChanged();
    }

    /** Moves the clock on for the waiting times (the view calls it every 30 s); reads nothing. */
    public void tick() {
        now.set(clock.instant());
        sessionChanged();
    }

    /** Whole minutes since the order was placed, never negative (the till's clock may differ a little). */
    public long minutesWaiting(QueueCard card) {
        return Math.max(0, Duration.between(card.placedAt(), now.get()).toMinutes());
    }

    /** Call when someone logs in or out; the screen also checks on every read and every tick. */
    public void sessionChanged() {
        locked.set(session.get().isEmpty());
    }

    /** A tap on a card: in select mode ticks it, otherwise moves it on (waiting → preparing → completed). */
    public void tap(QueueCard card) {
        if (selecting.get()) {
            toggleSelected(card.orderId());
        } else {
            advance(card);
        }
    }

    public void toggleSelected(long orderId) {
        if (!selected.remove(orderId)) {
            selected.add(orderId);
        }
    }

    /** Moves an open order one step on. A second tap while the first is still on its way does nothing. */
    public void advance(QueueCard card) {
        if (!card.canAdvance() || inFlight.contains(card.orderId())) {
            return;
        }
        List<Long> id = List.of(card.orderId());
        inFlight.add(card.orderId());
        act(s -> card.status() == OrderStatus.PENDING ? orders.startPreparing(s, id) : orders.complete(s, id),
                () -> inFlight.remove(card.orderId()), null, false);
    }

    /** Completes every ticked order, or none of them (the error says which could not be completed). */
    public void completeSelected() {
        List<Long> ids = List.copyOf(selected);
        if (ids.isEmpty()) {
            return;
        }
        act(s -> orders.complete(s, ids), null, () -> selecting.set(false), true);
    }

    /** Cancels every ticked order with one reason, or none of them. */
    public void cancelSelected(String reason, Disposition disposition) {
        List<Long> ids = List.copyOf(selected);
        if (ids.isEmpty()) {
            return;
        }
        act(s -> {
            orders.cancelAll(s, ids, reason, disposition);
            return null;
        }, null, () -> selecting.set(false), true);
    }

    /**
     * Cancels one order. When the database answers that this employee may not cancel it (it is already being
     * prepared and only a manager may), a manager is asked to approve, and the cancellation is sent again with
     * the approval. Asking the database first, rather than guessing from the role, also covers an order that
     * another till moved on since the board was read, and roles an administrator has changed.
     */
    public void cancel(QueueCard card, String reason, Disposition disposition) {
        Optional<EmployeeSession> who = session.get();
        if (who.isEmpty()) {
            sessionChanged();
            return;
        }
        EmployeeSession s = who.get();
        run(() -> orders.cancel(s, card.orderId(), reason, disposition), done -> afterCommand(null), e -> {
            if (needsManager(e)) {
                approval.request(s, Permission.CANCEL_PREPARING, granted -> run(
                        () -> orders.cancel(s, card.orderId(), reason, disposition, granted),
                        done -> afterCommand(null), this::commandFailed));
            } else {
                commandFailed(e);
            }
        });
    }

    /** The banner was read: hide it. */
    public void dismissFailure() {
        failure.set(null);
        batchFailed.set(false);
        failureFromRead = false;
    }

    private static boolean needsManager(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DomainException d) {
                return d.messageKey().equals("security.error.not_permitted")
                        && Permission.CANCEL_PREPARING.code().equals(d.arguments().get(PERMISSION_ARGUMENT));
            }
        }
        return false;
    }

    private interface Command<T> {
        T run(EmployeeSession session);
    }

    private <T> void act(Command<T> command, Runnable always, Runnable onSuccess, boolean batch) {
        Optional<EmployeeSession> who = session.get();
        if (who.isEmpty()) {
            sessionChanged();
            if (always != null) {
                always.run();
            }
            return;
        }
        EmployeeSession s = who.get();
        run(() -> command.run(s), done -> {
            if (always != null) {
                always.run();
            }
            afterCommand(onSuccess);
        }, e -> {
            if (always != null) {
                always.run();
            }
            commandFailed(e, batch);
        });
    }

    private void afterCommand(Runnable onSuccess) {
        dismissFailure();
        if (onSuccess != null) {
            onSuccess.run();
        }
        refresh();
    }

    private void commandFailed(Throwable e) {
        commandFailed(e, false);
    }

    private void commandFailed(Throwable e, boolean batch) {
        showFailure(e, false, batch);
        // The board may be stale (that is often why a move was refused): read it again.
        refresh();
    }

    private void showFailure(Throwable e, boolean fromRead, boolean batch) {
        // The flag first: the view redraws the banner when the failure changes.
        batchFailed.set(batch);
        failureFromRead = fromRead;
        failure.set(e);
    }

    private <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        running.set(running.get() + 1);
        tasks.execute(work, result -> {
            running.set(running.get() - 1);
            onSuccess.accept(result);
        }, e -> {
            running.set(running.get() - 1);
            onFailure.accept(e);
        });
    }

    /** The order on the board now (for a card whose status may have changed since it was drawn). */
    public Optional<QueueCard> find(long orderId) {
        return board.find(orderId);
    }
}
