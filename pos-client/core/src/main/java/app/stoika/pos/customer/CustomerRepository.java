package app.stoika.pos.customer;

import java.util.List;
import java.util.Optional;

public interface CustomerRepository {
    Optional<Customer> findById(long id);

    Optional<Customer> findByPhone(Phone phone);

    /** Name or phone fragments, for the cashier's customer search. */
    List<Customer> search(String fragment, int limit);

    Customer add(Customer customer);

    List<LoyaltyEntry> loyaltyHistory(long customerId, int limit);
}
