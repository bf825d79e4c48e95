package app.stoika.pos.order;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** A modifier option chosen on an order line, with its name and price as sold. */
@Entity
@Immutable
@IdClass(OrderItemOption.Key.class)
@Table(name = "order_item_option")
public class OrderItemOption {
    @Id
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_item_id", nullable = false)
    private OrderItem item;
    @Id
    @Column(name = "option_id", nullable = false)
    private long optionId;
    @Column(name = "option_name", nullable = false)
    private String optionName;
    @Column(name = "price_delta_minor", nullable = false)
    private long priceDeltaMinor;

    protected OrderItemOption() {
    }

    public long optionId() { return optionId; }
    public String optionName() { return optionName; }
    public long priceDeltaMinor() { return priceDeltaMinor; }

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long item;
        private long optionId;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(k.item, item) && k.optionId == optionId;
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(item, optionId);
        }
    }
}
