package app.stoika.pos.staff;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import app.stoika.pos.security.EmployeeSession;
import app.stoika.pos.security.Password;
import app.stoika.pos.security.Pin;
import app.stoika.pos.shared.DomainException;
import app.stoika.pos.shared.ErrorKind;
import app.stoika.pos.shared.Text;
import app.stoika.pos.shared.Transactions;

/**
 * Positions, employees and terminals. Every change is user management: the database allows it only to an
 * admin logged in with a password, refuses to demote or deactivate the last active admin, ends the
 * sessions of an employee whose role or credentials change, and audits it.
 */
public final class StaffService {
    private final Transactions transactions;
    private final StaffRepository staff;

    public StaffService(Transactions transactions, StaffRepository staff) {
        this.transactions = transactions;
        this.staff = staff;
    }

    public List<Position> positions() {
        return transactions.inTransaction(staff::positions);
    }

    public Position addPosition(EmployeeSession admin, String name) {
        String cleaned = Text.required("name", name, 60);
        return transactions.inTransaction(() -> staff.findPosition(staff.addPosition(admin, cleaned)).orElseThrow());
    }

    public List<Employee> activeEmployees() {
        return transactions.inTransaction(() -> staff.employees(true));
    }

    public Optional<Employee> employee(long id) {
        return transactions.inTransaction(() -> staff.findEmployee(id));
    }

    /** A new employee who logs in with {@code pin} at the touchscreen. */
    public Employee hire(EmployeeSession admin, String fullName, long positionId, Role role, long salaryMinor,
                         LocalDate hireDate, Pin pin) {
        return hire(admin, fullName, positionId, role, salaryMinor, hireDate, pin, null, null);
    }

    /** A new employee who also logs in to the back office with {@code login} and {@code password}. */
    public Employee hire(EmployeeSession admin, String fullName, long positionId, Role role, long salaryMinor,
                         LocalDate hireDate, Pin pin, String login, Password password) {
        String name = Text.required("full_name", fullName, 100);
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(pin, "pin");
        if (salaryMinor < 0 || salaryMinor > 100_000_000_000L) {
            throw new DomainException(ErrorKind.INVALID, "staff.error.bad_salary");
        }
        if ((login == null) != (password == null)) {
            throw new DomainException(ErrorKind.INVALID, "security.error.login_needs_password");
        }
        String cleanLogin = login == null ? null : Text.required("login", login, 32);
        return transactions.inTransaction(() -> {
            long id = staff.createEmployee(admin, name, positionId, role, salaryMinor, hireDate, pin.digits(), cleanLogin,
                    password == null ? null : password.value());
            return staff.findEmployee(id).orElseThrow();
        });
    }

    /** Changes the employee's role and ends their sessions; the last active admin keeps theirs. */
    public void setRole(EmployeeSession admin, long employeeId, Role role) {
        Objects.requireNonNull(role, "role");
        transactions.run(() -> staff.setRole(admin, employeeId, role));
    }

    /** Sets a new PIN (for a forgotten one), lifts a lockout and ends the employee's sessions. */
    public void resetPin(EmployeeSession admin, long employeeId, Pin pin) {
        Objects.requireNonNull(pin, "pin");
        transactions.run(() -> staff.setPin(admin, employeeId, pin.digits()));
    }

    /** Sets the back-office login and password, lifts a lockout and ends the employee's sessions. */
    public void setPassword(EmployeeSession admin, long employeeId, String login, Password password) {
        Objects.requireNonNull(password, "password");
        String cleanLogin = Text.required("login", login, 32);
        transactions.run(() -> staff.setPassword(admin, employeeId, cleanLogin, password.value()));
    }

    /** The employee can no longer log in; their sessions end. Refused for the last active admin. */
    public void deactivate(EmployeeSession admin, long employeeId) {
        transactions.run(() -> staff.deactivate(admin, employeeId));
    }

    public List<Terminal> terminals() {
        return transactions.inTransaction(staff::terminals);
    }
}
