package app.stoika.pos.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One answer in a modifier group; it may add to the price and to the ingredients used. */
@Entity
@Table(name = "modifier_option")
public class ModifierOption {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "group_id", nullable = false)
    private ModifierGroup group;
    @Column(nullable = false)
    private String name;
    @Column(name = "price_delta_minor", nullable = false)
    private long priceDeltaMinor;
    @Column(name = "is_default", nullable = false)
    private boolean isDefault;
    @Column(nullable = false)
    private boolean active = true;
    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected ModifierOption() {
    }

    public Long id() { return id; }
    public ModifierGroup group() { return group; }
    public String name() { return name; }
    public long priceDeltaMinor() { return priceDeltaMinor; }
    public boolean isDefault() { return isDefault; }
    public boolean active() { return active; }
    public int sortOrder() { return sortOrder; }
}
