package app.stoika.pos.availability;

import java.math.BigDecimal;

import app.stoika.pos.inventory.Unit;

/**
 * One portion of a product needs {@code quantity} of an ingredient (its recipe plus the default options of
 * its required modifier groups), against the ingredient's current stock.
 */
public record RecipeNeed(long productId, long ingredientId, String ingredientName, Unit unit, BigDecimal quantity,
                         BigDecimal onHand, BigDecimal minThreshold) {

    /** On hand above the threshold, never negative. */
    public BigDecimal available() {
        return onHand.subtract(minThreshold).max(BigDecimal.ZERO);
    }

    /** Whole portions this ingredient allows: floor((on_hand - min_threshold) / quantity), at least 0. */
    public long portions() {
        BigDecimal spare = onHand.subtract(minThreshold);
        if (spare.signum() <= 0) {
            return 0;
        }
        return spare.divideToIntegralValue(quantity).longValue();
    }
}
