package app.stoika.pos.order;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Orders in the database. Writes go through the database's order functions; call inside a transaction. */
public interface OrderRepository {
    /** Stores the order, checking and deducting stock; returns the stored (or already stored) order. */
    PlacedOrder place(PlaceOrder request);

    /** Moves every listed order to {@code status}, all or none. Returns how many moved. */
    int changeStatus(Collection<Long> orderIds, OrderStatus status, long employeeId);

    OrderStatus cancel(long orderId, long employeeId, String reason, Disposition disposition);

    OrderStatus cancelItems(long orderId, long employeeId, List<ItemCancellation> cancellations);

    /** The order with its lines and their options loaded. */
    Optional<CustomerOrder> findById(long orderId);

    Optional<CustomerOrder> findByClientOrderId(UUID clientOrderId);

    /** Pending and preparing orders, oldest first, with lines loaded: the barista's queue. */
    List<CustomerOrder> findOpen();

    List<CustomerOrder> findByCustomer(long customerId, int limit);

    List<CustomerOrder> findByDay(LocalDate day);

    List<CancelledItem> cancellationsOf(long orderId);
}
