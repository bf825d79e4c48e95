package app.stoika.pos.customer;

import java.util.List;
import java.util.Optional;

import app.stoika.pos.security.EmployeeSession;

public interface CustomerRepository {
    Optional<Customer> findById(long id);

    Optional<Customer> findByPhone(Phone phone);

    /** Name or phone fragments, for the cashier's customer search. */
    List<Customer> search(String fragment, int limit);

    /** Registers a guest through the database's session-checked function; returns the new id. */
    long register(EmployeeSession session, String name, Phone phone);

    List<LoyaltyEntry> loyaltyHistory(long customerId, int limit);
}
