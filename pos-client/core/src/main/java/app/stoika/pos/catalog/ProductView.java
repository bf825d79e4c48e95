package app.stoika.pos.catalog;

import java.util.Objects;
import java.util.Optional;

import app.stoika.pos.shared.Money;

/** An active product as a screen shows it: immutable, detached from the database. */
public record ProductView(long id, long categoryId, String name, String description, Money price,
                          Optional<String> barcode, boolean hasModifiers) {
    public ProductView {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(price, "price");
        description = description == null ? "" : description;
        barcode = barcode == null ? Optional.empty() : barcode;
    }
}
