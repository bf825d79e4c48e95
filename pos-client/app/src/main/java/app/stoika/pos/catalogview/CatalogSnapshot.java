package app.stoika.pos.catalogview;

import java.util.List;
import java.util.Map;

import app.stoika.pos.availability.LowStockIngredient;
import app.stoika.pos.availability.ProductAvailability;
import app.stoika.pos.catalog.CategoryView;
import app.stoika.pos.catalog.ProductView;

/** Everything the catalog screen shows, read together off the UI thread. */
record CatalogSnapshot(List<CategoryView> categories, List<ProductView> products,
                       Map<Long, ProductAvailability> availability, List<LowStockIngredient> lowStock) {
}
