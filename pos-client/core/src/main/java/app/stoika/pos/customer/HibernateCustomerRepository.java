package app.stoika.pos.customer;

import java.util.List;
import java.util.Optional;

import org.hibernate.Session;
import org.hibernate.SessionFactory;

import app.stoika.pos.security.EmployeeSession;

public final class HibernateCustomerRepository implements CustomerRepository {
    private final SessionFactory sessionFactory;

    public HibernateCustomerRepository(SessionFactory sessionFactory) {
        this.sessionFactory = sessionFactory;
    }

    private Session session() {
        return sessionFactory.getCurrentSession();
    }

    @Override
    public Optional<Customer> findById(long id) {
        return Optional.ofNullable(session().find(Customer.class, id));
    }

    @Override
    public Optional<Customer> findByPhone(Phone phone) {
        return session().createSelectionQuery("from Customer where phone = :p", Customer.class)
                .setParameter("p", phone.e164()).uniqueResultOptional();
    }

    @Override
    public List<Customer> search(String fragment, int limit) {
        String pattern = "%" + fragment.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return session().createSelectionQuery("from Customer where active and (lower(name) like lower(:p) escape '\\' "
                        + "or phone like :p escape '\\') order by name", Customer.class)
                .setParameter("p", pattern).setMaxResults(limit).getResultList();
    }

    @Override
    public long register(EmployeeSession employeeSession, String name, Phone phone) {
        return session().doReturningWork(connection -> {
            try (java.sql.PreparedStatement ps = connection.prepareStatement("select pos.register_customer(?, ?, ?)")) {
                ps.setString(1, employeeSession.token());
                ps.setString(2, name);
                ps.setString(3, phone.e164());
                try (java.sql.ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    @Override
    public List<LoyaltyEntry> loyaltyHistory(long customerId, int limit) {
        return session().createSelectionQuery(
                        "from LoyaltyEntry where customerId = :c order by createdAt desc, id desc", LoyaltyEntry.class)
                .setParameter("c", customerId).setMaxResults(limit).getResultList();
    }
}
