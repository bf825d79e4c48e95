package app.stoika.pos.catalogview;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import app.stoika.pos.availability.AvailabilityService;
import app.stoika.pos.availability.LowStockIngredient;
import app.stoika.pos.availability.ProductAvailability;
import app.stoika.pos.catalog.CatalogService;
import app.stoika.pos.catalog.CategoryView;
import app.stoika.pos.catalog.ProductView;
import app.stoika.pos.catalog.SearchService;
import app.stoika.pos.ui.TaskExecutor;

/**
 * State and commands of the catalog screen; never touches controls. All database work goes through the
 * {@link TaskExecutor}; results land in the observable properties on the UI thread.
 */
public final class CatalogViewModel {
    private final CatalogService catalog;
    private final SearchService search;
    private final AvailabilityService availabilityService;
    private final TaskExecutor tasks;

    private final ObservableList<CategoryView> categories = FXCollections.observableArrayList();
    private final ObjectProperty<CategoryView> selectedCategory = new SimpleObjectProperty<>();
    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObservableList<ProductItem> visibleProducts = FXCollections.observableArrayList();
    private final ObservableList<LowStockIngredient> lowStock = FXCollections.observableArrayList();
    private final BooleanProperty loaded = new SimpleBooleanProperty(false);
    private final IntegerProperty running = new SimpleIntegerProperty(0);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final ObjectProperty<Throwable> failure = new SimpleObjectProperty<>();

    private List<ProductView> allProducts = List.of();
    private Map<Long, ProductAvailability> availability = Map.of();
    /** Ranked search results while a search is active, else null. */
    private List<ProductView> searchResults;
    private long searchGeneration;

    public CatalogViewModel(CatalogService catalog, SearchService search, AvailabilityService availabilityService,
                            TaskExecutor tasks) {
        this.catalog = catalog;
        this.search = search;
        this.availabilityService = availabilityService;
        this.tasks = tasks;
        busy.bind(running.greaterThan(0));
        selectedCategory.addListener((obs, old, now) -> updateVisible());
        searchText.addListener((obs, old, now) -> runSearch(now));
    }

    public ObservableList<CategoryView> categories() { return categories; }
    public ObjectProperty<CategoryView> selectedCategoryProperty() { return selectedCategory; }
    public StringProperty searchTextProperty() { return searchText; }
    public ObservableList<ProductItem> visibleProducts() { return visibleProducts; }
    public ObservableList<LowStockIngredient> lowStock() { return lowStock; }
    public ReadOnlyBooleanProperty busyProperty() { return busy; }
    public ReadOnlyBooleanProperty loadedProperty() { return loaded; }
    public ObjectProperty<Throwable> failureProperty() { return failure; }
    public boolean isSearching() { return searchResults != null; }

    /** Reloads categories, products, availability and low stock in one background task. */
    public void refresh() {
        run(() -> new CatalogSnapshot(catalog.activeCategories(), catalog.activeProducts(),
                availabilityService.forActiveProducts(), availabilityService.lowStock()), this::apply);
    }

    private void apply(CatalogSnapshot snapshot) {
        allProducts = snapshot.products();
        availability = snapshot.availability();
        CategoryView selected = selectedCategory.get();
        categories.setAll(snapshot.categories());
        if (selected != null) {
            selectedCategory.set(snapshot.categories().stream().filter(c -> c.id() == selected.id()).findFirst().orElse(null));
        }
        lowStock.setAll(snapshot.lowStock());
        loaded.set(true);
        if (isSearching()) {
            runSearch(searchText.get());
        } else {
            updateVisible();
        }
    }

    private void runSearch(String text) {
        long generation = ++searchGeneration;
        if (text == null || text.isBlank()) {
            searchResults = null;
            updateVisible();
            return;
        }
        run(() -> search.search(text), results -> {
            if (generation == searchGeneration) {
                searchResults = results;
                updateVisible();
            }
        });
    }

    private void updateVisible() {
        List<ProductView> source;
        if (searchResults != null) {
            source = searchResults;
        } else if (selectedCategory.get() != null) {
            long id = selectedCategory.get().id();
            source = allProducts.stream().filter(p -> p.categoryId() == id).toList();
        } else {
            source = allProducts;
        }
        visibleProducts.setAll(source.stream()
                .filter(p -> availability.containsKey(p.id()))
                .map(p -> new ProductItem(p, availability.get(p.id())))
                .toList());
    }

    /** The product as the menu currently shows it, with its availability; empty when it is not on the menu. */
    public Optional<ProductItem> item(long productId) {
        ProductAvailability a = availability.get(productId);
        if (a == null) {
            return Optional.empty();
        }
        return allProducts.stream().filter(p -> p.id() == productId).findFirst().map(p -> new ProductItem(p, a));
    }

    private <T> void run(java.util.concurrent.Callable<T> work, Consumer<T> onSuccess) {
        running.set(running.get() + 1);
        tasks.execute(work, result -> {
            running.set(running.get() - 1);
            failure.set(null);
            onSuccess.accept(result);
        }, e -> {
            running.set(running.get() - 1);
            failure.set(e);
        });
    }
}
