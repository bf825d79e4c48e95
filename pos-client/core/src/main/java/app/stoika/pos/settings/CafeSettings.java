package app.stoika.pos.settings;

import java.util.Currency;
import java.util.Map;

/**
 * The settings a till needs all day, read once at login time: the currency, what a loyalty point is worth,
 * and the café's name and address for the receipt header.
 */
public record CafeSettings(Currency currency, long pointValueMinor, long discountLimitMinor, String cafeName,
                           String cafeAddress) {
    static CafeSettings of(Map<String, String> values) {
        return new CafeSettings(
                Currency.getInstance(values.getOrDefault("currency", "RUB").strip()),
                parse(values.get("loyalty.point_value_minor"), 100),
                parse(values.get("security.discount_limit_minor"), 0),
                values.getOrDefault("cafe.name", "Stoika"),
                values.getOrDefault("cafe.address", ""));
    }

    private static long parse(String value, long fallback) {
        try {
            return value == null ? fallback : Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
