package app.stoika.pos.staff;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.hibernate.Session;
import org.hibernate.SessionFactory;

import app.stoika.pos.security.EmployeeSession;

public final class HibernateStaffRepository implements StaffRepository {
    private final SessionFactory sessionFactory;

    public HibernateStaffRepository(SessionFactory sessionFactory) {
        this.sessionFactory = sessionFactory;
    }

    private Session session() {
        return sessionFactory.getCurrentSession();
    }

    @Override
    public List<Position> positions() {
        return session().createSelectionQuery("from Position order by name", Position.class).getResultList();
    }

    @Override
    public Optional<Position> findPosition(long id) {
        return Optional.ofNullable(session().find(Position.class, id));
    }

    @Override
    public long addPosition(EmployeeSession admin, String name) {
        return callForId("select pos.add_position(?, ?)", admin, name);
    }

    @Override
    public List<Employee> employees(boolean activeOnly) {
        return session().createSelectionQuery("select e from Employee e join fetch e.position "
                + (activeOnly ? "where e.active " : "") + "order by e.fullName", Employee.class).getResultList();
    }

    @Override
    public Optional<Employee> findEmployee(long id) {
        return session().createSelectionQuery("select e from Employee e join fetch e.position where e.id = :id", Employee.class)
                .setParameter("id", id).uniqueResultOptional();
    }

    @Override
    public long createEmployee(EmployeeSession admin, String fullName, long positionId, Role role, long salaryMinor,
                               LocalDate hireDate, String pin, String login, String password) {
        return callForId("select pos.create_employee(?, ?, ?, ?, ?, ?, ?, ?, ?)", admin, fullName, positionId, role.code(),
                salaryMinor, hireDate == null ? null : Date.valueOf(hireDate), pin, login, password);
    }

    @Override
    public void setRole(EmployeeSession admin, long employeeId, Role role) {
        call("select pos.set_employee_role(?, ?, ?)", admin, employeeId, role.code());
    }

    @Override
    public void setPin(EmployeeSession admin, long employeeId, String pin) {
        call("select pos.set_employee_pin(?, ?, ?)", admin, employeeId, pin);
    }

    @Override
    public void setPassword(EmployeeSession admin, long employeeId, String login, String password) {
        call("select pos.set_employee_password(?, ?, ?, ?)", admin, employeeId, login, password);
    }

    @Override
    public void deactivate(EmployeeSession admin, long employeeId) {
        call("select pos.deactivate_employee(?, ?)", admin, employeeId);
    }

    @Override
    public List<Terminal> terminals() {
        return session().createSelectionQuery("from Terminal order by name", Terminal.class).getResultList();
    }

    @Override
    public Optional<Terminal> findTerminal(long id) {
        return Optional.ofNullable(session().find(Terminal.class, id));
    }

    private void call(String sql, EmployeeSession admin, Object... args) {
        session().doWork(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                ps.setString(1, admin.token());
                for (int i = 0; i < args.length; i++) {
                    ps.setObject(i + 2, args[i]);
                }
                ps.execute();
            }
        });
    }

    private long callForId(String sql, EmployeeSession admin, Object... args) {
        return session().doReturningWork(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                ps.setString(1, admin.token());
                for (int i = 0; i < args.length; i++) {
                    ps.setObject(i + 2, args[i]);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }
}
