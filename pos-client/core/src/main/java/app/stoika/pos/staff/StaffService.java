package app.stoika.pos.staff;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import app.stoika.pos.shared.DomainException;
import app.stoika.pos.shared.ErrorKind;
import app.stoika.pos.shared.Transactions;

/** Positions, employees and terminals. (Logins, PINs and permissions arrive with the security work.) */
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

    public Position addPosition(String name) {
        return transactions.inTransaction(() -> staff.addPosition(new Position(name)));
    }

    public List<Employee> activeEmployees() {
        return transactions.inTransaction(() -> staff.employees(true));
    }

    public Optional<Employee> employee(long id) {
        return transactions.inTransaction(() -> staff.findEmployee(id));
    }

    public Employee hire(String fullName, long positionId, Role role, long salaryMinor, LocalDate hireDate) {
        return transactions.inTransaction(() -> {
            Position position = staff.findPosition(positionId)
                    .orElseThrow(() -> new DomainException(ErrorKind.NOT_FOUND, "staff.error.unknown_position"));
            return staff.addEmployee(new Employee(fullName, position, role, salaryMinor, hireDate));
        });
    }

    public void deactivate(long employeeId) {
        transactions.run(() -> staff.findEmployee(employeeId)
                .orElseThrow(() -> new DomainException(ErrorKind.NOT_FOUND, "staff.error.unknown_employee"))
                .deactivate());
    }

    public List<Terminal> terminals() {
        return transactions.inTransaction(staff::terminals);
    }
}
