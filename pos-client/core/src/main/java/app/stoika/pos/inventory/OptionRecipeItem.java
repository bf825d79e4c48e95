package app.stoika.pos.inventory;

import java.io.Serializable;
import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** What choosing a modifier option adds to a portion (a larger cup, more milk, a topping). */
@Entity
@Table(name = "option_recipe_item")
public class OptionRecipeItem {
    @EmbeddedId
    private Key key;
    @Column(nullable = false, precision = 12, scale = 3)
    private BigDecimal quantity;

    protected OptionRecipeItem() {
    }

    public long optionId() { return key.optionId; }
    public long ingredientId() { return key.ingredientId; }
    public BigDecimal quantity() { return quantity; }

    @Embeddable
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        @Column(name = "option_id")
        private long optionId;
        @Column(name = "ingredient_id")
        private long ingredientId;

        protected Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.optionId == optionId && k.ingredientId == ingredientId;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(optionId) * 31 + Long.hashCode(ingredientId);
        }
    }
}
