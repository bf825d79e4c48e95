package app.stoika.pos.order;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import app.stoika.pos.inventory.Shortage;
import app.stoika.pos.inventory.Unit;
import app.stoika.pos.shared.DomainException;
import app.stoika.pos.shared.ErrorKind;
import app.stoika.pos.shared.Text;
import app.stoika.pos.shared.Transactions;

/**
 * Selling, moving orders through the queue, and cancelling. Each call is one database transaction;
 * the database checks stock, prices and transitions, so two terminals can never oversell or cancel twice.
 */
public final class OrderService {
    private final Transactions transactions;
    private final OrderRepository orders;

    public OrderService(Transactions transactions, OrderRepository orders) {
        this.transactions = transactions;
        this.orders = orders;
    }

    /**
     * Places the order or, when this client order id was already stored, returns that order. Safe to
     * retry after a lost connection with the same request.
     *
     * @throws InsufficientStockException naming every short ingredient; nothing is written
     */
    public PlacedOrder place(PlaceOrder request) {
        try {
            return transactions.inTransaction(() -> orders.place(request));
        } catch (DomainException e) {
            if (e.messageKey().equals("order.error.insufficient_stock")) {
                throw new InsufficientStockException(shortages(e.arguments()), e);
            }
            throw e;
        }
    }

    public int startPreparing(Collection<Long> orderIds, long employeeId) {
        return transactions.inTransaction(() -> orders.changeStatus(orderIds, OrderStatus.PREPARING, employeeId));
    }

    /** Completes every listed order or none; completed orders with a customer earn loyalty points. */
    public int complete(Collection<Long> orderIds, long employeeId) {
        return transactions.inTransaction(() -> orders.changeStatus(orderIds, OrderStatus.COMPLETED, employeeId));
    }

    public OrderStatus cancel(long orderId, long employeeId, String reason, Disposition disposition) {
        String cleaned = Text.required("reason", reason, 500);
        return transactions.inTransaction(() -> orders.cancel(orderId, employeeId, cleaned, disposition));
    }

    /** Cancels several open orders with one reason, all or none. */
    public void cancelAll(Collection<Long> orderIds, long employeeId, String reason, Disposition disposition) {
        if (orderIds.isEmpty()) {
            throw new DomainException(ErrorKind.INVALID, "order.error.empty_batch");
        }
        String cleaned = Text.required("reason", reason, 500);
        transactions.run(() -> orderIds.stream().sorted()
                .forEach(id -> orders.cancel(id, employeeId, cleaned, disposition)));
    }

    public OrderStatus cancelItems(long orderId, long employeeId, List<ItemCancellation> cancellations) {
        if (cancellations.isEmpty()) {
            throw new DomainException(ErrorKind.INVALID, "order.error.empty_cancel");
        }
        return transactions.inTransaction(() -> orders.cancelItems(orderId, employeeId, cancellations));
    }

    public Optional<CustomerOrder> find(long orderId) {
        return transactions.inTransaction(() -> orders.findById(orderId));
    }

    public List<CustomerOrder> queue() {
        return transactions.inTransaction(orders::findOpen);
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
