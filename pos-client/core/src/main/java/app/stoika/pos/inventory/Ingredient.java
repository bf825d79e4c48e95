package app.stoika.pos.inventory;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import app.stoika.pos.shared.Text;

/**
 * Something a recipe consumes. {@code onHand} is read-only here: the database changes it only through
 * stock movements (the ledger), so it always equals the ledger's sum.
 */
@Entity
@Immutable
@Table(name = "ingredient")
public class Ingredient {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private String name;
    @Convert(converter = UnitConverter.class)
    @Column(nullable = false)
    private Unit unit;
    @Column(name = "on_hand", nullable = false, precision = 14, scale = 3, insertable = false, updatable = false)
    private BigDecimal onHand;
    @Column(name = "min_threshold", nullable = false, precision = 14, scale = 3)
    private BigDecimal minThreshold = BigDecimal.ZERO;
    @Column(nullable = false)
    private boolean active = true;

    protected Ingredient() {
    }

    public Ingredient(String name, Unit unit, BigDecimal minThreshold) {
        this.name = Text.required("name", name, 60);
        this.unit = unit;
        this.minThreshold = minThreshold;
    }

    public Long id() { return id; }
    public String name() { return name; }
    public Unit unit() { return unit; }
    public BigDecimal onHand() { return onHand; }
    public BigDecimal minThreshold() { return minThreshold; }
    public boolean active() { return active; }

    /** At or below the threshold: time to restock. */
    public boolean isLow() {
        return onHand != null && onHand.compareTo(minThreshold) <= 0;
    }
}
