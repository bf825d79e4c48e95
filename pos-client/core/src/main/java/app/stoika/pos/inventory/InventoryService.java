package app.stoika.pos.inventory;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import app.stoika.pos.security.Approval;
import app.stoika.pos.security.EmployeeSession;
import app.stoika.pos.shared.DomainException;
import app.stoika.pos.shared.ErrorKind;
import app.stoika.pos.shared.Quantity;
import app.stoika.pos.shared.Text;
import app.stoika.pos.shared.Transactions;

/** Stock on hand and its ledger: restock, write off, correct after a count, find what runs low. */
public final class InventoryService {
    private final Transactions transactions;
    private final InventoryRepository inventory;

    public InventoryService(Transactions transactions, InventoryRepository inventory) {
        this.transactions = transactions;
        this.inventory = inventory;
    }

    public List<Ingredient> ingredients() {
        return transactions.inTransaction(inventory::findAll);
    }

    public List<Ingredient> lowStock() {
        return transactions.inTransaction(() -> inventory.findAll().stream().filter(Ingredient::isLow).toList());
    }

    /** A delivery arrived: adds to stock. Any role may record one. */
    public long restock(EmployeeSession session, long ingredientId, Quantity quantity, String reason) {
        String note = Text.optional("reason", reason, 500);
        return transactions.inTransaction(() ->
                inventory.recordMovement(session, ingredientId, quantity.value(), MovementKind.RECEIPT, note, null));
    }

    /** Spoiled or spilled: removes from stock; the reason is required. A manager's action (see {@link Approval}). */
    public long writeOff(EmployeeSession session, long ingredientId, Quantity quantity, String reason, Approval approval) {
        String why = Text.required("reason", reason, 500);
        return transactions.inTransaction(() ->
                inventory.recordMovement(session, ingredientId, quantity.value().negate(), MovementKind.WASTE, why, approval));
    }

    /**
     * A stock count found {@code counted}: records the difference as an adjustment (nothing if equal) and
     * returns it. A manager's action (see {@link Approval}).
     */
    public BigDecimal adjustToCount(EmployeeSession session, long ingredientId, BigDecimal counted, String reason,
                                    Approval approval) {
        if (counted == null || counted.signum() < 0 || counted.compareTo(Quantity.MAX) > 0) {
            throw new DomainException(ErrorKind.INVALID, "quantity.error.out_of_range", Map.of("max", Quantity.MAX));
        }
        String why = Text.required("reason", reason, 500);
        return transactions.inTransaction(() -> inventory.recordCount(session, ingredientId, counted, why, approval))
                .stripTrailingZeros();
    }

    public List<StockMovement> ledger(long ingredientId, int limit) {
        return transactions.inTransaction(() -> inventory.ledger(ingredientId, limit));
    }

    /** Ingredients whose on-hand figure disagrees with their ledger; the database keeps this empty. */
    public List<Long> ledgerMismatches() {
        return transactions.inTransaction(inventory::ledgerMismatches);
    }
}
