package app.stoika.pos.order;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.hibernate.Session;
import org.hibernate.SessionFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import app.stoika.pos.payment.Payment;
import app.stoika.pos.payment.PaymentMethod;
import app.stoika.pos.security.Approval;
import app.stoika.pos.security.EmployeeSession;
import app.stoika.pos.shared.Money;

/** Orders over Hibernate; writes call the PL/pgSQL order functions (one round trip each). */
public final class HibernateOrderRepository implements OrderRepository {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ORDER_WITH_LINES =
            "select o from CustomerOrder o left join fetch o.items i left join fetch i.options ";

    private final SessionFactory sessionFactory;
    private final java.util.Currency currency;

    public HibernateOrderRepository(SessionFactory sessionFactory, java.util.Currency currency) {
        this.sessionFactory = sessionFactory;
        this.currency = currency;
    }

    private Session session() {
        return sessionFactory.getCurrentSession();
    }

    @Override
    public PlacedOrder place(EmployeeSession employeeSession, PlaceOrder request, Approval approval) {
        String lines = linesJson(request.lines());
        String payments = paymentsJson(request.payments());
        return session().doReturningWork(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("select order_id, daily_number, total_minor, "
                    + "change_minor, replayed from pos.place_order(?, ?, ?, ?, cast(? as jsonb), ?, cast(? as jsonb))")) {
                ps.setString(1, employeeSession.token());
                ps.setObject(2, request.clientOrderId());
                ps.setObject(3, request.customerId().orElse(null), java.sql.Types.BIGINT);
                ps.setLong(4, request.redeemPoints());
                ps.setString(5, lines);
                ps.setString(6, Approval.tokenOf(approval));
                ps.setString(7, payments);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return new PlacedOrder(rs.getLong(1), rs.getInt(2), Money.ofMinor(rs.getLong(3), currency),
                            Money.ofMinor(rs.getLong(4), currency), rs.getBoolean(5));
                }
            }
        });
    }

    private String paymentsJson(List<Payment> payments) {
        return toJson(payments.stream().map(p -> {
            if (!p.amount().currency().equals(currency)) {
                throw new IllegalArgumentException("The till sells in " + currency + ", not " + p.amount().currency());
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("method", p.method().code());
            m.put("amount_minor", p.amount().minor());
            if (p.method() == PaymentMethod.CASH) {
                m.put("tendered_minor", p.tendered().minor());
            } else if (p.cardReference() != null) {
                m.put("reference", p.cardReference());
            }
            return m;
        }).toList());
    }

    @Override
    public int changeStatus(EmployeeSession employeeSession, Collection<Long> orderIds, OrderStatus status) {
        return session().doReturningWork(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("select pos.set_order_status(?, ?, ?)")) {
                Array ids = connection.createArrayOf("bigint", orderIds.toArray());
                ps.setString(1, employeeSession.token());
                ps.setArray(2, ids);
                ps.setString(3, status.code());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    @Override
    public OrderStatus cancel(EmployeeSession employeeSession, long orderId, String reason, Disposition disposition,
                              Approval approval) {
        return callReturningStatus("select pos.cancel_order(?, ?, ?, ?, ?)", ps -> {
            ps.setString(1, employeeSession.token());
            ps.setLong(2, orderId);
            ps.setString(3, reason);
            ps.setString(4, disposition.code());
            ps.setString(5, Approval.tokenOf(approval));
        });
    }

    @Override
    public OrderStatus cancelItems(EmployeeSession employeeSession, long orderId, List<ItemCancellation> cancellations,
                                   Approval approval) {
        List<Map<String, Object>> lines = cancellations.stream().map(c -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("order_item_id", c.orderItemId());
            m.put("quantity", c.quantity());
            m.put("reason", c.reason());
            m.put("disposition", c.disposition().code());
            return m;
        }).toList();
        String json = toJson(lines);
        return callReturningStatus("select pos.cancel_order_items(?, ?, cast(? as jsonb), ?)", ps -> {
            ps.setString(1, employeeSession.token());
            ps.setLong(2, orderId);
            ps.setString(3, json);
            ps.setString(4, Approval.tokenOf(approval));
        });
    }

    @Override
    public Optional<CustomerOrder> findById(long orderId) {
        return session().createSelectionQuery(ORDER_WITH_LINES + "where o.id = :id", CustomerOrder.class)
                .setParameter("id", orderId).uniqueResultOptional();
    }

    @Override
    public Optional<CustomerOrder> findByClientOrderId(UUID clientOrderId) {
        return session().createSelectionQuery(ORDER_WITH_LINES + "where o.clientOrderId = :id", CustomerOrder.class)
                .setParameter("id", clientOrderId).uniqueResultOptional();
    }

    @Override
    public List<CustomerOrder> findOpen() {
        return session().createSelectionQuery(ORDER_WITH_LINES
                        + "where o.status in (:open) order by o.createdAt, o.id", CustomerOrder.class)
                .setParameter("open", List.of(OrderStatus.PENDING, OrderStatus.PREPARING))
                .getResultList();
    }

    @Override
    public List<CustomerOrder> findRecentlyCompleted(int limit) {
        // Ids first: a row limit on a query that fetches collections would be applied in memory.
        List<Long> ids = session().createSelectionQuery("select o.id from CustomerOrder o "
                        + "where o.businessDay = current_date and o.status = :done "
                        + "order by o.statusChangedAt desc, o.id desc", Long.class)
                .setParameter("done", OrderStatus.COMPLETED).setMaxResults(limit).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return session().createSelectionQuery(ORDER_WITH_LINES
                        + "where o.id in (:ids) order by o.statusChangedAt desc, o.id desc", CustomerOrder.class)
                .setParameter("ids", ids).getResultList();
    }

    @Override
    public List<CustomerOrder> findByCustomer(long customerId, int limit) {
        return session().createSelectionQuery(
                        "from CustomerOrder o where o.customerId = :c order by o.createdAt desc, o.id desc", CustomerOrder.class)
                .setParameter("c", customerId).setMaxResults(limit).getResultList();
    }

    @Override
    public List<CustomerOrder> findByDay(LocalDate day) {
        return session().createSelectionQuery(
                        "from CustomerOrder o where o.businessDay = :d order by o.dailyNumber", CustomerOrder.class)
                .setParameter("d", day).getResultList();
    }

    @Override
    public List<CancelledItem> cancellationsOf(long orderId) {
        return session().createSelectionQuery("select c from CancelledItem c, OrderItem i "
                        + "where c.orderItemId = i.id and i.order.id = :o order by c.id", CancelledItem.class)
                .setParameter("o", orderId).getResultList();
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws java.sql.SQLException;
    }

    private OrderStatus callReturningStatus(String sql, Binder binder) {
        return session().doReturningWork(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                binder.bind(ps);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return OrderStatus.ofCode(rs.getString(1));
                }
            }
        });
    }

    private static String linesJson(List<OrderLine> lines) {
        return toJson(lines.stream().map(l -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("product_id", l.productId());
            m.put("quantity", l.quantity());
            m.put("option_ids", l.optionIds());
            m.put("note", l.note());
            return m;
        }).toList());
    }

    private static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
