package app.stoika.pos.customer;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import app.stoika.pos.order.CustomerOrder;
import app.stoika.pos.order.OrderRepository;
import app.stoika.pos.security.EmployeeSession;
import app.stoika.pos.shared.DomainException;
import app.stoika.pos.shared.ErrorKind;
import app.stoika.pos.shared.Text;
import app.stoika.pos.shared.Transactions;

/** Guests, their phone numbers, loyalty points and order history. */
public final class CustomerService {
    private final Transactions transactions;
    private final CustomerRepository customers;
    private final OrderRepository orders;

    public CustomerService(Transactions transactions, CustomerRepository customers, OrderRepository orders) {
        this.transactions = transactions;
        this.customers = customers;
        this.orders = orders;
    }

    /** Registers a guest; the phone is normalised and must not belong to someone else. */
    public Customer register(EmployeeSession session, String name, String typedPhone) {
        String cleanName = Text.required("name", name, 100);
        Phone phone = Phone.parse(typedPhone);
        try {
            return transactions.inTransaction(() -> {
                if (customers.findByPhone(phone).isPresent()) {
                    throw phoneTaken(phone, null);
                }
                long id = customers.register(session, cleanName, phone);
                return customers.findById(id).orElseThrow();
            });
        } catch (DomainException e) {
            // Two terminals registering the same phone at once: the unique constraint decides.
            if (e.kind() == ErrorKind.CONFLICT && "customer_phone_key".equals(e.arguments().get("constraint"))) {
                throw phoneTaken(phone, e);
            }
            throw e;
        }
    }

    public Optional<Customer> findByPhone(String typedPhone) {
        Phone phone = Phone.parse(typedPhone);
        return transactions.inTransaction(() -> customers.findByPhone(phone));
    }

    public Optional<Customer> find(long customerId) {
        return transactions.inTransaction(() -> customers.findById(customerId));
    }

    public List<Customer> search(String fragment) {
        String cleaned = Optional.ofNullable(Text.optional("query", fragment, 100)).orElse("");
        return transactions.inTransaction(() -> customers.search(cleaned, 20));
    }

    /** The customer's orders, newest first. */
    public List<CustomerOrder> orderHistory(long customerId, int limit) {
        return transactions.inTransaction(() -> orders.findByCustomer(customerId, limit));
    }

    public List<LoyaltyEntry> loyaltyHistory(long customerId, int limit) {
        return transactions.inTransaction(() -> customers.loyaltyHistory(customerId, limit));
    }

    private static DomainException phoneTaken(Phone phone, Throwable cause) {
        return new DomainException(ErrorKind.CONFLICT, "customer.error.phone_taken", Map.of("phone", phone.e164()), cause);
    }
}
