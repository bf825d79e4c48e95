package app.stoika.pos.availability;

import java.util.List;

/** Reads what availability is computed from; joins the caller's transaction. */
public interface AvailabilityRepository {
    /** Ids of every active product of an active category. */
    List<Long> activeProductIds();

    /** Every ingredient need of every active product, read in one query. */
    List<RecipeNeed> needsOfActiveProducts();

    /** Active ingredients at or below their threshold, the emptiest (relative to the threshold) first. */
    List<LowStockIngredient> lowStock();
}
