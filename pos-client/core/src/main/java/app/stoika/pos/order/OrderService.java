package app.stoika.pos.order;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import app.stoika.pos.inventory.Shortage;
import app.stoika.pos.inventory.Unit;
import app.stoika.pos.security.Approval;
import app.stoika.pos.security.EmployeeSession;
import app.stoika.pos.security.Permission;
import app.stoika.pos.shared.DomainException;
import app.stoika.pos.shared.ErrorKind;
import app.stoika.pos.shared.Text;
import app.stoika.pos.shared.Transactions;

/**
 * Selling, moving orders through the queue, and cancelling. Each call is one database transaction;
 * the database checks stock, prices and transitions, so two terminals can never oversell or cancel twice,
 * and it checks the employee session on every write. A sale stores the order and its payment together;
 * a cancellation stores the refund it owes (see {@code PaymentService} to read them).
 */
public final class OrderService {
    private final Transactions transactions;
    private final OrderRepository orders;

    public OrderService(Transactions transactions, OrderRepository orders) {
        this.transactions = transactions;
        this.orders = orders;
    }

    /**
     * Places and pays the order for the session's employee at the session's terminal, into that till's open
     * shift, or, when this client order id was already stored, returns that order (and the change recorded
     * then). Safe to retry after a lost connection with the same request.
     *
     * @throws InsufficientStockException naming every short ingredient; nothing is written
     * @throws app.stoika.pos.shared.DomainException {@code payment.error.total_mismatch} (arguments
     *         expected_minor and paid_minor) when the payments do not add up to the total the database
     *         computes, say because a price changed since the screen showed it; {@code shift.error.not_open}
     *         when the till has no open shift. Nothing is written in either case.
     */
    public PlacedOrder place(EmployeeSession session, PlaceOrder request) {
        return place(session, request, null);
    }

    /**
     * Like {@link #place(EmployeeSession, PlaceOrder)}, for a cashier redeeming points worth more than the
     * discount limit: a manager's {@link Approval} for {@link Permission#DISCOUNT_OVER_LIMIT}.
     */
    public PlacedOrder place(EmployeeSession session, PlaceOrder request, Approval approval) {
        try {
            return transactions.inTransaction(() -> orders.place(session, request, approval));
        } catch (DomainException e) {
            if (e.messageKey().equals("order.error.insufficient_stock")) {
                throw new InsufficientStockException(shortages(e.arguments()), e);
            }
            throw e;
        }
    }

    public int startPreparing(EmployeeSession session, Collection<Long> orderIds) {
        return transactions.inTransaction(() -> orders.changeStatus(session, orderIds, OrderStatus.PREPARING));
    }

    /** Completes every listed order or none; completed orders with a customer earn loyalty points. */
    public int complete(EmployeeSession session, Collection<Long> orderIds) {
        return transactions.inTransaction(() -> orders.changeStatus(session, orderIds, OrderStatus.COMPLETED));
    }

    /** Cancels what is still open on a pending order (an order being prepared needs a manager). */
    public OrderStatus cancel(EmployeeSession session, long orderId, String reason, Disposition disposition) {
        return cancel(session, orderId, reason, disposition, null);
    }

    /**
     * Cancels what is still open on the order. Once it is being prepared, a cashier needs a manager's
     * {@link Approval} for {@link Permission#CANCEL_PREPARING}; {@code approval} may be null otherwise.
     * What the guest paid for the cancelled part is refunded (card first, then cash) into the open shift of
     * the session's till; without one, a cancellation that owes money is refused ({@code shift.error.not_open}).
     */
    public OrderStatus cancel(EmployeeSession session, long orderId, String reason, Disposition disposition,
                              Approval approval) {
        String cleaned = Text.required("reason", reason, 500);
        return transactions.inTransaction(() -> orders.cancel(session, orderId, cleaned, disposition, approval));
    }

    /** Cancels several open (pending) orders with one reason, all or none. */
    public void cancelAll(EmployeeSession session, Collection<Long> orderIds, String reason, Disposition disposition) {
        if (orderIds.isEmpty()) {
            throw new DomainException(ErrorKind.INVALID, "order.error.empty_batch");
        }
        String cleaned = Text.required("reason", reason, 500);
        transactions.run(() -> orderIds.stream().sorted()
                .forEach(id -> orders.cancel(session, id, cleaned, disposition, null)));
    }

    public OrderStatus cancelItems(EmployeeSession session, long orderId, List<ItemCancellation> cancellations) {
        return cancelItems(session, orderId, cancellations, null);
    }

    public OrderStatus cancelItems(EmployeeSession session, long orderId, List<ItemCancellation> cancellations,
                                   Approval approval) {
        if (cancellations.isEmpty()) {
            throw new DomainException(ErrorKind.INVALID, "order.error.empty_cancel");
        }
        return transactions.inTransaction(() -> orders.cancelItems(session, orderId, cancellations, approval));
    }

    public Optional<CustomerOrder> find(long orderId) {
        return transactions.inTransaction(() -> orders.findById(orderId));
    }

    public List<CustomerOrder> queue() {
        return transactions.inTransaction(orders::findOpen);
    }

    /** Today's last {@code limit} completed orders, newest first, with their lines: the queue's "ready" column. */
    public List<CustomerOrder> recentlyCompleted(int limit) {
        if (limit < 1 || limit > 200) {
            throw new IllegalArgumentException("limit must be between 1 and 200, was " + limit);
        }
        return transactions.inTransaction(() -> orders.findRecentlyCompleted(limit));
    }

    public List<CustomerOrder> ordersOfDay(LocalDate day) {
        return transactions.inTransaction(() -> orders.findByDay(day));
    }

    public List<CancelledItem> cancellationsOf(long orderId) {
        return transactions.inTransaction(() -> orders.cancellationsOf(orderId));
    }

    @SuppressWarnings("unchecked")
    private static List<Shortage> shortages(Map<String, Object> arguments) {
        Object items = arguments.get("items");
        if (!(items instanceof List<?> list)) {
            return List.of();
        }
        return ((List<Map<String, Object>>) list).stream().map(m -> new Shortage(
                ((Number) m.get("ingredient_id")).longValue(),
                (String) m.get("name"),
                Unit.ofCode((String) m.get("unit")),
                decimal(m.get("needed")), decimal(m.get("available")), decimal(m.get("missing")))).toList();
    }

    private static BigDecimal decimal(Object value) {
        return new BigDecimal(String.valueOf(value)).stripTrailingZeros();
    }
}
