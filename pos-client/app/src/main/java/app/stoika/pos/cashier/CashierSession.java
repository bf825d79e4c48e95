package app.stoika.pos.cashier;

import java.util.Optional;
import java.util.Set;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import app.stoika.pos.security.EmployeeSession;
import app.stoika.pos.security.Permission;

/**
 * Who is working at this till right now, if anyone. Screens read the session for every database call; the
 * permissions only decide which buttons to offer (the database checks again on every call).
 */
public final class CashierSession {
    /** A logged-in employee as the screens need them. */
    public record LoggedIn(EmployeeSession session, String name, Set<Permission> permissions) {
        public LoggedIn {
            permissions = Set.copyOf(permissions);
        }

        public boolean may(Permission permission) {
            return permissions.contains(permission);
        }
    }

    private final long terminalId;
    private final SimpleObjectProperty<Optional<LoggedIn>> current = new SimpleObjectProperty<>(Optional.empty());

    public CashierSession(long terminalId) {
        this.terminalId = terminalId;
    }

    public long terminalId() { return terminalId; }
    public ReadOnlyObjectProperty<Optional<LoggedIn>> currentProperty() { return current; }
    public Optional<LoggedIn> current() { return current.get(); }

    public Optional<EmployeeSession> employeeSession() {
        return current.get().map(LoggedIn::session);
    }

    /** The session; screens that call this are only reachable while someone is logged in. */
    public EmployeeSession require() {
        return employeeSession().orElseThrow(() -> new IllegalStateException("nobody is logged in"));
    }

    public void loggedIn(LoggedIn value) {
        current.set(Optional.of(value));
    }

    public void loggedOut() {
        current.set(Optional.empty());
    }
}
