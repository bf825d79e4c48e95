package app.stoika.pos.inventory;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** Ingredients and the stock ledger; call inside a transaction. */
public interface InventoryRepository {
    List<Ingredient> findAll();

    Optional<Ingredient> findById(long id);

    Optional<Ingredient> findByName(String name);

    /** Reads the ingredient and locks its row until the transaction ends, so a count cannot race a sale. */
    Optional<Ingredient> lockById(long id);

    /** Appends a manual movement (receipt, waste, adjustment) to the ledger; on_hand follows. */
    long recordMovement(long ingredientId, BigDecimal delta, MovementKind kind, long employeeId, String reason);

    List<StockMovement> ledger(long ingredientId, int limit);

    /** Ingredients whose on_hand differs from the sum of their ledger rows (must always be empty). */
    List<Long> ledgerMismatches();

    Ingredient add(Ingredient ingredient);
}
