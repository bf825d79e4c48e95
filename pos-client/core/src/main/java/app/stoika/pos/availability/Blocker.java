package app.stoika.pos.availability;

import java.math.BigDecimal;

import app.stoika.pos.inventory.Unit;

/**
 * An ingredient that stops a product from being sold: one portion needs {@code neededPerPortion} but only
 * {@code available} is on hand above the ingredient's minimum threshold.
 */
public record Blocker(long ingredientId, String name, Unit unit, BigDecimal neededPerPortion, BigDecimal available) {
}
