package app.stoika.pos.availability;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import app.stoika.pos.shared.Transactions;

/**
 * Which products can be sold now, by the selling rule: every ingredient of a portion (recipe plus the
 * default options of required modifier groups) must be on hand and stay at or above its minimum threshold.
 */
public class AvailabilityService {
    private final Transactions transactions;
    private final AvailabilityRepository repository;

    public AvailabilityService(Transactions transactions, AvailabilityRepository repository) {
        this.transactions = transactions;
        this.repository = repository;
    }

    /** Availability of every active product, by product id (in id order). */
    public Map<Long, ProductAvailability> forActiveProducts() {
        Map<Long, List<RecipeNeed>> needs = transactions.inTransaction(repository::needsOfActiveProducts);
        Map<Long, ProductAvailability> result = new LinkedHashMap<>();
        needs.forEach((id, productNeeds) -> result.put(id, evaluate(id, productNeeds)));
        return result;
    }

    public List<LowStockIngredient> lowStock() {
        return transactions.inTransaction(repository::lowStock);
    }

    /** The rule itself, for one product's needs. */
    static ProductAvailability evaluate(long productId, List<RecipeNeed> needs) {
        long portions = ProductAvailability.MAX_PORTIONS;
        List<Blocker> blockers = new ArrayList<>();
        for (RecipeNeed need : needs) {
            long p = need.portions();
            portions = Math.min(portions, p);
            if (p < 1) {
                blockers.add(new Blocker(need.ingredientId(), need.ingredientName(), need.unit(), need.quantity(),
                        need.available()));
            }
        }
        return new ProductAvailability(productId, blockers.isEmpty(), (int) portions, blockers);
    }
}
