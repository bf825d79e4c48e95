package app.stoika.pos.availability;

import java.math.BigDecimal;

import app.stoika.pos.inventory.Unit;

/** An active ingredient at or below its minimum threshold: time to restock. */
public record LowStockIngredient(long id, String name, Unit unit, BigDecimal onHand, BigDecimal minThreshold) {
}
