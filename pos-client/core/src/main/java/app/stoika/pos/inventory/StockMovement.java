package app.stoika.pos.inventory;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** One row of the stock ledger: who moved how much of what, when and why. Never changed once written. */
@Entity
@Immutable
@Table(name = "stock_movement")
public class StockMovement {
    @Id
    private Long id;
    @Column(name = "ingredient_id", nullable = false)
    private long ingredientId;
    @Column(nullable = false, precision = 14, scale = 3)
    private BigDecimal delta;
    @Convert(converter = MovementKindConverter.class)
    @Column(nullable = false)
    private MovementKind kind;
    @Column(name = "order_id")
    private Long orderId;
    @Column(name = "order_item_id")
    private Long orderItemId;
    @Column(name = "employee_id")
    private Long employeeId;
    private String reason;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected StockMovement() {
    }

    public Long id() { return id; }
    public long ingredientId() { return ingredientId; }
    public BigDecimal delta() { return delta; }
    public MovementKind kind() { return kind; }
    public Optional<Long> orderId() { return Optional.ofNullable(orderId); }
    public Optional<Long> orderItemId() { return Optional.ofNullable(orderItemId); }
    public Optional<Long> employeeId() { return Optional.ofNullable(employeeId); }
    public Optional<String> reason() { return Optional.ofNullable(reason); }
    public Instant createdAt() { return createdAt; }
}
