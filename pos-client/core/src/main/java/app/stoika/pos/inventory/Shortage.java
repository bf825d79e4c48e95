package app.stoika.pos.inventory;

import java.math.BigDecimal;

/** An ingredient a sale needed more of than can be spared (stock above its minimum threshold). */
public record Shortage(long ingredientId, String name, Unit unit, BigDecimal needed, BigDecimal available,
                       BigDecimal missing) {
}
