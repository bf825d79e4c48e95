package app.stoika.pos.cashier.sell;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import app.stoika.pos.catalog.CatalogService;
import app.stoika.pos.catalog.ModifierGroupView;
import app.stoika.pos.catalog.ModifierOptionView;
import app.stoika.pos.catalog.ProductView;
import app.stoika.pos.catalogview.CatalogViewModel;
import app.stoika.pos.catalogview.ProductItem;
import app.stoika.pos.ui.TaskExecutor;

/**
 * The sell screen's state: the menu (with availability, search and pictures, from {@link CatalogViewModel}),
 * the cart, and what a tap or a scan does. A product without modifier groups goes straight into the cart; one
 * with groups asks for the choices first (the groups are cached, so the second tap is instant).
 */
public final class SellViewModel {
    /** Something the cashier should read: a message key and its arguments. */
    public record Notice(String key, Object... args) {
    }

    private final CatalogViewModel menu;
    private final CatalogService catalog;
    private final TaskExecutor tasks;
    private final Cart cart;
    private final Map<Long, List<ModifierGroupView>> groups = new HashMap<>();
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>();
    private final ObjectProperty<CartLine> lastAdded = new SimpleObjectProperty<>();
    private BiConsumer<ProductView, List<ModifierGroupView>> onChooseModifiers = (p, g) -> { };

    public SellViewModel(CatalogViewModel menu, CatalogService catalog, Cart cart, TaskExecutor tasks) {
        this.menu = menu;
        this.catalog = catalog;
        this.cart = cart;
        this.tasks = tasks;
        menu.loadedProperty().addListener((obs, was, now) -> groups.clear());
    }

    public CatalogViewModel menu() { return menu; }
    public Cart cart() { return cart; }
    public ObjectProperty<Notice> noticeProperty() { return notice; }
    public ObjectProperty<CartLine> lastAddedProperty() { return lastAdded; }

    /** The view opens the modifiers sheet through this. */
    public void setOnChooseModifiers(BiConsumer<ProductView, List<ModifierGroupView>> handler) {
        this.onChooseModifiers = handler;
    }

    /** A tap on a product tile. */
    public void tap(ProductItem item) {
        if (!item.sellable()) {
            notice.set(new Notice("sell.notice.unavailable", item.product().name(),
                    String.join(", ", item.availability().blockers().stream().map(b -> b.name()).toList())));
            return;
        }
        ProductView product = item.product();
        if (!product.hasModifiers()) {
            add(product, List.of());
            return;
        }
        List<ModifierGroupView> cached = groups.get(product.id());
        if (cached != null) {
            onChooseModifiers.accept(product, cached);
            return;
        }
        tasks.execute(() -> catalog.modifierGroups(product.id()), loaded -> {
            groups.put(product.id(), loaded);
            onChooseModifiers.accept(product, loaded);
        }, e -> notice.set(new Notice("sell.notice.failed")));
    }

    /** The modifiers sheet's result. */
    public void add(ProductView product, List<ModifierOptionView> options) {
        notice.set(null);
        lastAdded.set(cart.add(product, options));
    }

    /**
     * A barcode from the scanner. A known product is added (or asks for its modifiers); an unknown code says
     * so without touching the search box.
     */
    public void scan(String code) {
        String trimmed = code.strip();
        tasks.execute(() -> catalog.findByBarcode(trimmed), found -> onScanned(trimmed, found),
                e -> notice.set(new Notice("sell.notice.failed")));
    }

    private void onScanned(String code, Optional<ProductView> found) {
        if (found.isEmpty()) {
            notice.set(new Notice("sell.notice.unknown_barcode", code));
            return;
        }
        ProductView product = found.get();
        ProductItem item = menu.item(product.id()).orElse(null);
        if (item != null) {
            tap(item);
        } else {
            notice.set(new Notice("sell.notice.not_on_menu", product.name()));
        }
    }
}
