package app.stoika.pos.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * An exact amount of an ingredient (grams, millilitres or pieces) with at most three decimals, as the
 * database stores it. Validates that it is positive and of a sane size.
 */
public record Quantity(BigDecimal value) {
    public static final BigDecimal MAX = new BigDecimal("100000000");

    public Quantity {
        if (value == null || value.signum() <= 0 || value.compareTo(MAX) > 0) {
            throw new DomainException(ErrorKind.INVALID, "quantity.error.out_of_range", Map.of("max", MAX));
        }
        if (value.stripTrailingZeros().scale() > 3) {
            throw new DomainException(ErrorKind.INVALID, "quantity.error.too_precise");
        }
        value = value.setScale(3, RoundingMode.UNNECESSARY);
    }

    public static Quantity of(String text) {
        try {
            return new Quantity(new BigDecimal(text.strip().replace(',', '.')));
        } catch (NumberFormatException e) {
            throw new DomainException(ErrorKind.INVALID, "quantity.error.not_a_number", Map.of("text", text));
        }
    }

    public static Quantity of(long whole) {
        return new Quantity(BigDecimal.valueOf(whole));
    }

    @Override
    public String toString() {
        return value.stripTrailingZeros().toPlainString();
    }
}
