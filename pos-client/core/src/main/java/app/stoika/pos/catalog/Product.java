package app.stoika.pos.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import app.stoika.pos.shared.DomainException;
import app.stoika.pos.shared.ErrorKind;
import app.stoika.pos.shared.Text;

/** Something on the menu. Its price is in minor units of the café's currency. */
@Entity
@Table(name = "product")
public class Product {
    public static final long MAX_PRICE_MINOR = 100_000_000L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_id", nullable = false)
    private Category category;
    @Column(nullable = false)
    private String name;
    @Column(nullable = false)
    private String description = "";
    @Column(name = "price_minor", nullable = false)
    private long priceMinor;
    private String barcode;
    @Column(nullable = false)
    private boolean active = true;
    @Column(name = "sort_order", nullable = false)
    private int sortOrder;
    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "product_modifier_group",
            joinColumns = @JoinColumn(name = "product_id"),
            inverseJoinColumns = @JoinColumn(name = "group_id"))
    @OrderBy("sortOrder")
    private List<ModifierGroup> modifierGroups = new ArrayList<>();

    protected Product() {
    }

    public Product(Category category, String name, String description, long priceMinor) {
        this.category = category;
        this.name = Text.required("name", name, 80);
        this.description = Optional.ofNullable(Text.optional("description", description, 1000)).orElse("");
        changePrice(priceMinor);
    }

    public final void changePrice(long newPriceMinor) {
        if (newPriceMinor < 0 || newPriceMinor > MAX_PRICE_MINOR) {
            throw new DomainException(ErrorKind.INVALID, "catalog.error.bad_price");
        }
        this.priceMinor = newPriceMinor;
    }

    public Long id() { return id; }
    public Category category() { return category; }
    public String name() { return name; }
    public String description() { return description; }
    public long priceMinor() { return priceMinor; }
    public Optional<String> barcode() { return Optional.ofNullable(barcode); }
    public boolean active() { return active; }
    public int sortOrder() { return sortOrder; }
    public List<ModifierGroup> modifierGroups() { return Collections.unmodifiableList(modifierGroups); }
}
