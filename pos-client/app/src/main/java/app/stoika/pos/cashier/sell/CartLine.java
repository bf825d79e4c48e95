package app.stoika.pos.cashier.sell;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import app.stoika.pos.catalog.ModifierOptionView;
import app.stoika.pos.catalog.ProductView;
import app.stoika.pos.order.OrderLine;
import app.stoika.pos.shared.Money;

/**
 * One line of the cart: a product with the options the cashier chose, how many, and a note for the barista.
 * Immutable; the cart replaces a line to change it. {@code key} identifies the line on screen while its
 * quantity or note changes.
 */
public record CartLine(UUID key, ProductView product, List<ModifierOptionView> options, int quantity, String note) {
    public CartLine {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(product, "product");
        options = List.copyOf(options);
        if (quantity < 1 || quantity > OrderLine.MAX_QUANTITY) {
            throw new IllegalArgumentException("quantity " + quantity);
        }
        note = note == null || note.isBlank() ? "" : note.strip();
    }

    public static CartLine of(ProductView product, List<ModifierOptionView> options) {
        return new CartLine(UUID.randomUUID(), product, options, 1, "");
    }

    /** The product's price plus every chosen option's surcharge, as the screen shows it. */
    public Money unitPrice() {
        Money price = product.price();
        for (ModifierOptionView option : options) {
            price = price.plus(option.priceDelta());
        }
        return price;
    }

    public Money total() {
        return unitPrice().times(quantity);
    }

    public CartLine withQuantity(int value) {
        return new CartLine(key, product, options, value, note);
    }

    public CartLine withNote(String value) {
        return new CartLine(key, product, options, quantity, value);
    }

    /** Tapping the same product with the same options adds to this line instead of a new one. */
    public boolean sameChoiceAs(ProductView otherProduct, List<ModifierOptionView> otherOptions) {
        return note.isEmpty() && product.id() == otherProduct.id() && optionIds().equals(ids(otherOptions));
    }

    public String optionsText() {
        return options.stream().map(ModifierOptionView::name).collect(Collectors.joining(", "));
    }

    public OrderLine toOrderLine() {
        return new OrderLine(product.id(), quantity, optionIds(), note.isEmpty() ? null : note);
    }

    private Set<Long> optionIds() {
        return ids(options);
    }

    private static Set<Long> ids(List<ModifierOptionView> options) {
        return options.stream().map(ModifierOptionView::id).collect(Collectors.toSet());
    }
}
