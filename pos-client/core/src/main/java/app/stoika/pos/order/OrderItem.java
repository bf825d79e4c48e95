package app.stoika.pos.order;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** One line of an order as sold: the product's name and price at that moment, with its options. */
@Entity
@Immutable
@Table(name = "order_item")
public class OrderItem {
    @Id
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id", nullable = false)
    private CustomerOrder order;
    @Column(name = "line_no", nullable = false)
    private int lineNo;
    @Column(name = "product_id", nullable = false)
    private long productId;
    @Column(name = "product_name", nullable = false)
    private String productName;
    @Column(name = "unit_price_minor", nullable = false)
    private long unitPriceMinor;
    @Column(nullable = false)
    private int quantity;
    @Column(name = "cancelled_quantity", nullable = false)
    private int cancelledQuantity;
    private String note;
    @OneToMany(mappedBy = "item", fetch = FetchType.LAZY)
    @OrderBy("optionId") // options are created group by group, so this prints size before sugar before toppings
    private Set<OrderItemOption> options = new LinkedHashSet<>();

    protected OrderItem() {
    }

    public Long id() { return id; }
    public int lineNo() { return lineNo; }
    public long productId() { return productId; }
    public String productName() { return productName; }
    public long unitPriceMinor() { return unitPriceMinor; }
    public int quantity() { return quantity; }
    public int cancelledQuantity() { return cancelledQuantity; }
    public int activeQuantity() { return quantity - cancelledQuantity; }
    public Optional<String> note() { return Optional.ofNullable(note); }
    public Set<OrderItemOption> options() { return Collections.unmodifiableSet(options); }
}
