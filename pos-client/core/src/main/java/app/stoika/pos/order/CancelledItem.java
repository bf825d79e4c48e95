package app.stoika.pos.order;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** A record that some quantity of an order line was cancelled, by whom (and who approved), why, and where its stock went. */
@Entity
@Immutable
@Table(name = "cancelled_item")
public class CancelledItem {
    @Id
    private Long id;
    @Column(name = "order_item_id", nullable = false)
    private long orderItemId;
    @Column(nullable = false)
    private int quantity;
    @Column(nullable = false)
    private String reason;
    @Column(nullable = false)
    private String disposition;
    @Column(name = "employee_id", nullable = false)
    private long employeeId;
    @Column(name = "approved_by")
    private Long approvedBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CancelledItem() {
    }

    public Long id() { return id; }
    public long orderItemId() { return orderItemId; }
    public int quantity() { return quantity; }
    public String reason() { return reason; }
    public Disposition disposition() { return Disposition.ofCode(disposition); }
    public long employeeId() { return employeeId; }
    /** The manager who approved the cancellation at a cashier's session, if one was needed. */
    public java.util.Optional<Long> approvedBy() { return java.util.Optional.ofNullable(approvedBy); }
    public Instant createdAt() { return createdAt; }
}
