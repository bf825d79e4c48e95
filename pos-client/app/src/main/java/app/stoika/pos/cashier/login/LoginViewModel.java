package app.stoika.pos.cashier.login;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import app.stoika.pos.cashier.CashierSession;
import app.stoika.pos.security.AuthService;
import app.stoika.pos.security.EmployeeSession;
import app.stoika.pos.security.Pin;
import app.stoika.pos.staff.Employee;
import app.stoika.pos.staff.StaffService;
import app.stoika.pos.ui.TaskExecutor;

/**
 * The PIN login: the cashier taps their name, types the PIN on the pad, and is logged in at this till. The
 * database checks the PIN and counts wrong tries; the PIN never leaves this object except towards it.
 */
public final class LoginViewModel {
    /** An employee as the login screen lists them. */
    public record Person(long id, String name, String position) {
    }

    private final StaffService staff;
    private final AuthService auth;
    private final CashierSession cashier;
    private final TaskExecutor tasks;

    private final ObservableList<Person> people = FXCollections.observableArrayList();
    private final ObjectProperty<Person> selected = new SimpleObjectProperty<>();
    private final StringProperty pin = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final ObjectProperty<Throwable> failure = new SimpleObjectProperty<>();

    public LoginViewModel(StaffService staff, AuthService auth, CashierSession cashier, TaskExecutor tasks) {
        this.staff = staff;
        this.auth = auth;
        this.cashier = cashier;
        this.tasks = tasks;
        selected.addListener((obs, old, now) -> {
            pin.set("");
            failure.set(null);
        });
    }

    public ObservableList<Person> people() { return people; }
    public ObjectProperty<Person> selectedProperty() { return selected; }
    /** The digits typed so far; the view shows only dots. */
    public ReadOnlyStringProperty pinProperty() { return pin; }
    public ReadOnlyBooleanProperty busyProperty() { return busy; }
    public ObjectProperty<Throwable> failureProperty() { return failure; }

    public void load() {
        busy.set(true);
        tasks.execute(() -> staff.activeEmployees().stream()
                        .map(e -> new Person(e.id(), e.fullName(), positionName(e)))
                        .toList(),
                list -> {
                    busy.set(false);
                    people.setAll(list);
                    failure.set(null);
                },
                e -> {
                    busy.set(false);
                    failure.set(e);
                });
    }

    private static String positionName(Employee e) {
        return e.position() == null ? "" : e.position().name();
    }

    public void typeDigit(int digit) {
        if (digit < 0 || digit > 9 || busy.get() || pin.get().length() >= Pin.MAX) {
            return;
        }
        failure.set(null);
        pin.set(pin.get() + digit);
    }

    public void erase() {
        if (!pin.get().isEmpty() && !busy.get()) {
            pin.set(pin.get().substring(0, pin.get().length() - 1));
        }
    }

    public boolean canSubmit() {
        return selected.get() != null && pin.get().length() >= Pin.MIN && !busy.get();
    }

    /** Logs in; on success the {@link CashierSession} changes and the app shows the sell screen. */
    public void submit() {
        if (!canSubmit()) {
            return;
        }
        Person person = selected.get();
        String digits = pin.get();
        pin.set("");
        busy.set(true);
        long terminal = cashier.terminalId();
        tasks.execute(() -> {
            EmployeeSession session = auth.loginWithPin(terminal, person.id(), new Pin(digits));
            return new CashierSession.LoggedIn(session, person.name(), auth.permissions(session));
        }, loggedIn -> {
            busy.set(false);
            failure.set(null);
            selected.set(null);
            cashier.loggedIn(loggedIn);
        }, e -> {
            busy.set(false);
            failure.set(e);
        });
    }
}
