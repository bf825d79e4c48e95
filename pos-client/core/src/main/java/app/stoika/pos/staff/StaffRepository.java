package app.stoika.pos.staff;

import java.util.List;
import java.util.Optional;

public interface StaffRepository {
    List<Position> positions();

    Optional<Position> findPosition(long id);

    Position addPosition(Position position);

    List<Employee> employees(boolean activeOnly);

    Optional<Employee> findEmployee(long id);

    Employee addEmployee(Employee employee);

    List<Terminal> terminals();

    Optional<Terminal> findTerminal(long id);
}
