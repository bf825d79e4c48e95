package app.stoika.pos.catalog;

import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * Reads the catalog. Implementations join the caller's transaction (see
 * {@link app.stoika.pos.shared.Transactions}); finders never return null.
 */
public interface CatalogRepository {
    /** A café-wide setting's value (pos.setting), such as "currency". */
    Optional<String> findSetting(String key);

    /** Active categories by their sort order, then name. */
    List<CategoryView> findActiveCategories();

    /** Active products of active categories, by category order, product order, then name. */
    List<ProductView> findActiveProducts(Currency currency);

    /** Active products of one active category, in order. */
    List<ProductView> findActiveProductsIn(long categoryId, Currency currency);

    /** The given products that are active, in the order of the ids given (duplicates and unknown ids dropped). */
    List<ProductView> findActiveProductsById(List<Long> ids, Currency currency);

    /** The product's modifier groups in order, each with its active options in order. */
    List<ModifierGroupView> findModifierGroups(long productId, Currency currency);

    Optional<byte[]> findImage(long productId);

    Optional<ProductView> findActiveByBarcode(String barcode, Currency currency);

    /** Ids of active products ranked by pos.search_products; the text must already be cleaned. */
    List<Long> searchProductIds(String query, int limit);
}
