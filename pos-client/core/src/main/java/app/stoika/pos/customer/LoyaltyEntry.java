package app.stoika.pos.customer;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** One change to a customer's points: earned on a completed order, redeemed as a discount, returned. */
@Entity
@Immutable
@Table(name = "loyalty_entry")
public class LoyaltyEntry {
    @Id
    private Long id;
    @Column(name = "customer_id", nullable = false)
    private long customerId;
    @Column(name = "order_id")
    private Long orderId;
    @Column(nullable = false)
    private long points;
    @Column(nullable = false)
    private String kind;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected LoyaltyEntry() {
    }

    public Long id() { return id; }
    public long customerId() { return customerId; }
    public Optional<Long> orderId() { return Optional.ofNullable(orderId); }
    public long points() { return points; }
    public String kind() { return kind; }
    public Instant createdAt() { return createdAt; }
}
