package app.stoika.pos.catalog;

import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import app.stoika.pos.shared.Transactions;

/**
 * What screens ask of the catalog. Each call is one short read transaction; results are immutable
 * records, so they can cross to the UI thread. The café's currency (setting {@code currency}) is read once.
 */
public class CatalogService {
    /** The schema's rule for barcodes; anything else cannot match, so it is not sent to the database. */
    private static final Pattern BARCODE = Pattern.compile("^[0-9A-Za-z-]{4,32}$");

    private final Transactions transactions;
    private final CatalogRepository repository;
    private volatile Currency currency;

    public CatalogService(Transactions transactions, CatalogRepository repository) {
        this.transactions = transactions;
        this.repository = repository;
    }

    /** The café's currency; RUB when the setting is missing. */
    public Currency currency() {
        Currency c = currency;
        if (c == null) {
            c = transactions.inTransaction(() -> repository.findSetting("currency"))
                    .map(code -> Currency.getInstance(code.strip()))
                    .orElse(Currency.getInstance("RUB"));
            currency = c;
        }
        return c;
    }

    public List<CategoryView> activeCategories() {
        return transactions.inTransaction(repository::findActiveCategories);
    }

    /** Every active product of every active category, in menu order. */
    public List<ProductView> activeProducts() {
        Currency c = currency();
        return transactions.inTransaction(() -> repository.findActiveProducts(c));
    }

    public List<ProductView> activeProducts(long categoryId) {
        Currency c = currency();
        return transactions.inTransaction(() -> repository.findActiveProductsIn(categoryId, c));
    }

    /** Products in the order of the given ids (used for ranked search results). */
    public List<ProductView> activeProductsById(List<Long> ids) {
        Currency c = currency();
        return transactions.inTransaction(() -> repository.findActiveProductsById(ids, c));
    }

    public List<ModifierGroupView> modifierGroups(long productId) {
        Currency c = currency();
        return transactions.inTransaction(() -> repository.findModifierGroups(productId, c));
    }

    public Optional<byte[]> image(long productId) {
        return transactions.inTransaction(() -> repository.findImage(productId));
    }

    /** The active product with this barcode; empty for unknown or malformed codes. */
    public Optional<ProductView> findByBarcode(String barcode) {
        if (barcode == null) {
            return Optional.empty();
        }
        String code = barcode.strip();
        if (!BARCODE.matcher(code).matches()) {
            return Optional.empty();
        }
        Currency c = currency();
        return transactions.inTransaction(() -> repository.findActiveByBarcode(code, c));
    }
}
