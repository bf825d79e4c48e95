package app.stoika.pos.staff;

import java.util.List;
import java.util.Optional;

import org.hibernate.Session;
import org.hibernate.SessionFactory;

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
    public Position addPosition(Position position) {
        session().persist(position);
        return position;
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
    public Employee addEmployee(Employee employee) {
        session().persist(employee);
        return employee;
    }

    @Override
    public List<Terminal> terminals() {
        return session().createSelectionQuery("from Terminal order by name", Terminal.class).getResultList();
    }

    @Override
    public Optional<Terminal> findTerminal(long id) {
        return Optional.ofNullable(session().find(Terminal.class, id));
    }
}
