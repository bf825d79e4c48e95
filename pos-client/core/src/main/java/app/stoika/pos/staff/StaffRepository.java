package app.stoika.pos.staff;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import app.stoika.pos.security.EmployeeSession;

/** Staff in the database. Reads are plain queries; writes are the admin-only, session-checked functions. */
public interface StaffRepository {
    List<Position> positions();

    Optional<Position> findPosition(long id);

    long addPosition(EmployeeSession admin, String name);

    List<Employee> employees(boolean activeOnly);

    Optional<Employee> findEmployee(long id);

    /** Creates the employee with a PIN and, for back-office users, a login and password (both or neither). */
    long createEmployee(EmployeeSession admin, String fullName, long positionId, Role role, long salaryMinor,
                        LocalDate hireDate, String pin, String login, String password);

    void setRole(EmployeeSession admin, long employeeId, Role role);

    void setPin(EmployeeSession admin, long employeeId, String pin);

    void setPassword(EmployeeSession admin, long employeeId, String login, String password);

    void deactivate(EmployeeSession admin, long employeeId);

    List<Terminal> terminals();

    Optional<Terminal> findTerminal(long id);
}
