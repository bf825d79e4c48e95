package app.stoika.pos.order;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * A stored order, read-only in Java: it is written and moved on only by the database's order functions,
 * which check stock, prices and transitions in the same transaction.
 */
@Entity
@Immutable
@Table(name = "customer_order")
public class CustomerOrder {
    @Id
    private Long id;
    @Column(name = "client_order_id", nullable = false)
    private UUID clientOrderId;
    @Column(name = "business_day", nullable = false)
    private LocalDate businessDay;
    @Column(name = "daily_number", nullable = false)
    private int dailyNumber;
    @Convert(converter = OrderStatusConverter.class)
    @Column(nullable = false)
    private OrderStatus status;
    @Column(name = "employee_id", nullable = false)
    private long employeeId;
    @Column(name = "terminal_id", nullable = false)
    private long terminalId;
    @Column(name = "customer_id")
    private Long customerId;
    @Column(name = "subtotal_minor", nullable = false)
    private long subtotalMinor;
    @Column(name = "discount_minor", nullable = false)
    private long discountMinor;
    @Column(name = "points_redeemed", nullable = false)
    private long pointsRedeemed;
    @Column(name = "cancelled_minor", nullable = false)
    private long cancelledMinor;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "status_changed_at", nullable = false)
    private Instant statusChangedAt;
    @Column(name = "cancel_reason")
    private String cancelReason;
    @OneToMany(mappedBy = "order", fetch = FetchType.LAZY)
    @OrderBy("lineNo")
    private Set<OrderItem> items = new LinkedHashSet<>(); // a set, so lines and their options can be fetched in one query

    protected CustomerOrder() {
    }

    public Long id() { return id; }
    public UUID clientOrderId() { return clientOrderId; }
    public LocalDate businessDay() { return businessDay; }
    public int dailyNumber() { return dailyNumber; }
    public OrderStatus status() { return status; }
    public long employeeId() { return employeeId; }
    public long terminalId() { return terminalId; }
    public Optional<Long> customerId() { return Optional.ofNullable(customerId); }
    public long subtotalMinor() { return subtotalMinor; }
    public long discountMinor() { return discountMinor; }
    public long pointsRedeemed() { return pointsRedeemed; }
    public long cancelledMinor() { return cancelledMinor; }
    /** What the guest pays for what is still on the order. */
    public long totalMinor() { return Math.max(0, subtotalMinor - cancelledMinor - discountMinor); }
    public Instant createdAt() { return createdAt; }
    public Instant statusChangedAt() { return statusChangedAt; }
    public Optional<String> cancelReason() { return Optional.ofNullable(cancelReason); }
    public List<OrderItem> items() { return List.copyOf(items); }
}
