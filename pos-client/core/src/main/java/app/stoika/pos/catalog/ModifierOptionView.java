package app.stoika.pos.catalog;

import app.stoika.pos.shared.Money;

/** One active answer of a modifier group: what it adds to the price and whether it is preselected. */
public record ModifierOptionView(long id, String name, Money priceDelta, boolean isDefault) {
}
