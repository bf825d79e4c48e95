package app.stoika.pos.inventory;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import app.stoika.pos.security.Approval;
import app.stoika.pos.security.EmployeeSession;

/** Ingredients and the stock ledger; call inside a transaction. */
public interface InventoryRepository {
    List<Ingredient> findAll();

    Optional<Ingredient> findById(long id);

    Optional<Ingredient> findByName(String name);

    /**
     * Appends a manual movement (receipt, waste, adjustment) to the ledger for the session's employee;
     * on_hand follows. Waste and adjustments need a manager (or a manager's approval, else null).
     */
    long recordMovement(EmployeeSession session, long ingredientId, BigDecimal delta, MovementKind kind, String reason,
                        Approval approval);

    /** Records the difference between a count and on_hand as an adjustment, under a row lock; returns it. */
    BigDecimal recordCount(EmployeeSession session, long ingredientId, BigDecimal counted, String reason, Approval approval);

    List<StockMovement> ledger(long ingredientId, int limit);

    /** Ingredients whose on_hand differs from the sum of their ledger rows (must always be empty). */
    List<Long> ledgerMismatches();
}
