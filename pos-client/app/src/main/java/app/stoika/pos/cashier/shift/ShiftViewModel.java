package app.stoika.pos.cashier.shift;

import java.util.Optional;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

import app.stoika.pos.cashier.CashierSession;
import app.stoika.pos.security.Approval;
import app.stoika.pos.security.Permission;
import app.stoika.pos.shared.Money;
import app.stoika.pos.shift.ShiftReport;
import app.stoika.pos.shift.ShiftService;
import app.stoika.pos.ui.ManagerApproval;
import app.stoika.pos.ui.TaskExecutor;

/**
 * The till's cash shift: open it with the float, put cash in or take it out with a reason, see the X report,
 * close it with the counted cash and get the Z report (expected against counted, over or short).
 */
public final class ShiftViewModel {
    private final ShiftService shifts;
    private final CashierSession session;
    private final ManagerApproval approval;
    private final TaskExecutor tasks;

    /** The X figures of the open shift; empty when the till has no open shift. */
    private final ObjectProperty<Optional<ShiftReport>> current = new SimpleObjectProperty<>(Optional.empty());
    /** The Z report of the shift just closed, until a new shift opens. */
    private final ObjectProperty<ShiftReport> closed = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanProperty loaded = new SimpleBooleanProperty(false);
    private final ObjectProperty<Throwable> failure = new SimpleObjectProperty<>();

    public ShiftViewModel(ShiftService shifts, CashierSession session, ManagerApproval approval, TaskExecutor tasks) {
        this.shifts = shifts;
        this.session = session;
        this.approval = approval;
        this.tasks = tasks;
    }

    public ObjectProperty<Optional<ShiftReport>> currentProperty() { return current; }
    public ObjectProperty<ShiftReport> closedProperty() { return closed; }
    public ReadOnlyBooleanProperty busyProperty() { return busy; }
    public ReadOnlyBooleanProperty loadedProperty() { return loaded; }
    public ObjectProperty<Throwable> failureProperty() { return failure; }
    public boolean isOpen() { return current.get().isPresent(); }

    /** Re-reads the open shift's figures. */
    public void refresh() {
        session.employeeSession().ifPresent(s -> run(() -> shifts.current(s).isPresent()
                ? Optional.of(shifts.report(s)) : Optional.<ShiftReport>empty(), report -> {
            current.set(report);
            loaded.set(true);
        }));
    }

    public void open(Money openingFloat, Runnable onOpened) {
        var s = session.require();
        run(() -> {
            shifts.open(s, openingFloat);
            return Optional.of(shifts.report(s));
        }, report -> {
            closed.set(null);
            current.set(report);
            onOpened.run();
        });
    }

    public void cashIn(Money amount, String reason, Runnable onDone) {
        var s = session.require();
        run(() -> {
            shifts.cashIn(s, amount, reason);
            return Optional.of(shifts.report(s));
        }, report -> {
            current.set(report);
            onDone.run();
        });
    }

    /** A cashier needs a manager's PIN to take cash out; a manager does not. */
    public void cashOut(Money amount, String reason, Runnable onDone) {
        var loggedIn = session.current().orElseThrow();
        if (loggedIn.may(Permission.CASH_OUT)) {
            sendCashOut(amount, reason, null, onDone);
        } else {
            approval.request(loggedIn.session(), Permission.CASH_OUT, granted -> sendCashOut(amount, reason, granted, onDone));
        }
    }

    private void sendCashOut(Money amount, String reason, Approval granted, Runnable onDone) {
        var s = session.require();
        run(() -> {
            shifts.cashOut(s, amount, reason, granted);
            return Optional.of(shifts.report(s));
        }, report -> {
            current.set(report);
            onDone.run();
        });
    }

    public void close(Money counted, Consumer<ShiftReport> onClosed) {
        var s = session.require();
        run(() -> shifts.close(s, counted), z -> {
            current.set(Optional.empty());
            closed.set(z);
            onClosed.accept(z);
        });
    }

    private <T> void run(java.util.concurrent.Callable<T> work, Consumer<T> onSuccess) {
        busy.set(true);
        failure.set(null);
        tasks.execute(work, result -> {
            busy.set(false);
            onSuccess.accept(result);
        }, e -> {
            busy.set(false);
            failure.set(e);
        });
    }
}
