package app.stoika.pos.catalogview;

import app.stoika.pos.availability.ProductAvailability;
import app.stoika.pos.catalog.ProductView;

/** A product on the catalog screen with its availability. */
public record ProductItem(ProductView product, ProductAvailability availability) {
    /** At or below this many portions the tile says how many are left. */
    public static final int FEW_PORTIONS = 10;

    public boolean sellable() {
        return availability.sellable();
    }

    public boolean runningLow() {
        return availability.isRunningLow(FEW_PORTIONS);
    }
}
