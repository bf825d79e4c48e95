package app.stoika.pos.availability;

import java.util.List;
import java.util.Map;

/** Reads what availability is computed from; joins the caller's transaction. */
public interface AvailabilityRepository {
    /**
     * Every active product of an active category (in id order) with the ingredient needs of one portion,
     * read in one query; a product without a recipe maps to an empty list.
     */
    Map<Long, List<RecipeNeed>> needsOfActiveProducts();

    /** Active ingredients at or below their threshold, the emptiest (relative to the threshold) first. */
    List<LowStockIngredient> lowStock();
}
