package app.stoika.pos.order;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import app.stoika.pos.security.Approval;
import app.stoika.pos.security.EmployeeSession;

/**
 * Orders in the database. Writes go through the database's session-checked order functions (the employee
 * and terminal come from the session); call inside a transaction.
 */
public interface OrderRepository {
    /**
     * Stores the order, checking and deducting stock; returns the stored (or already stored) order.
     * {@code approval} may be null: it is needed only for a discount above the limit.
     */
    PlacedOrder place(EmployeeSession session, PlaceOrder request, Approval approval);

    /** Moves every listed order to {@code status}, all or none. Returns how many moved. */
    int changeStatus(EmployeeSession session, Collection<Long> orderIds, OrderStatus status);

    /** {@code approval} may be null: it is needed only when the order is already being prepared. */
    OrderStatus cancel(EmployeeSession session, long orderId, String reason, Disposition disposition, Approval approval);

    OrderStatus cancelItems(EmployeeSession session, long orderId, List<ItemCancellation> cancellations, Approval approval);

    /** The order with its lines and their options loaded. */
    Optional<CustomerOrder> findById(long orderId);

    Optional<CustomerOrder> findByClientOrderId(UUID clientOrderId);

    /** Pending and preparing orders, oldest first, with lines loaded: the barista's queue. */
    List<CustomerOrder> findOpen();

    /** Today's (the database's date) last {@code limit} completed orders, newest first, with lines loaded. */
    List<CustomerOrder> findRecentlyCompleted(int limit);

    List<CustomerOrder> findByCustomer(long customerId, int limit);

    List<CustomerOrder> findByDay(LocalDate day);

    List<CancelledItem> cancellationsOf(long orderId);
}
