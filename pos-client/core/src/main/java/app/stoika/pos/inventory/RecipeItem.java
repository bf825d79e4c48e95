package app.stoika.pos.inventory;

import java.io.Serializable;
import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** How much of one ingredient one portion of a product uses. */
@Entity
@Table(name = "recipe_item")
public class RecipeItem {
    @EmbeddedId
    private Key key;
    @Column(nullable = false, precision = 12, scale = 3)
    private BigDecimal quantity;

    protected RecipeItem() {
    }

    public RecipeItem(long productId, long ingredientId, BigDecimal quantity) {
        this.key = new Key(productId, ingredientId);
        this.quantity = quantity;
    }

    public long productId() { return key.productId; }
    public long ingredientId() { return key.ingredientId; }
    public BigDecimal quantity() { return quantity; }

    @Embeddable
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        @Column(name = "product_id")
        private long productId;
        @Column(name = "ingredient_id")
        private long ingredientId;

        protected Key() {
        }

        Key(long productId, long ingredientId) {
            this.productId = productId;
            this.ingredientId = ingredientId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.productId == productId && k.ingredientId == ingredientId;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(productId) * 31 + Long.hashCode(ingredientId);
        }
    }
}
