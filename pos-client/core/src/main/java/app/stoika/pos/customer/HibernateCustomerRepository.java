package app.stoika.pos.customer;

import java.util.List;
import java.util.Optional;

import org.hibernate.Session;
import org.hibernate.SessionFactory;

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
    public Customer add(Customer customer) {
        session().persist(customer);
        session().flush();
        session().refresh(customer);
        return customer;
    }

    @Override
    public List<LoyaltyEntry> loyaltyHistory(long customerId, int limit) {
        return session().createSelectionQuery(
                        "from LoyaltyEntry where customerId = :c order by createdAt desc, id desc", LoyaltyEntry.class)
                .setParameter("c", customerId).setMaxResults(limit).getResultList();
    }
}
