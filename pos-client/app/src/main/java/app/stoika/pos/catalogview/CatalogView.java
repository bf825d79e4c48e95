package app.stoika.pos.catalogview;


import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;

import app.stoika.pos.catalog.CategoryView;
import app.stoika.pos.ui.Messages;
import app.stoika.pos.ui.Theme;

/**
 * The catalog window until the cashier screen exists: categories on the left, product tiles with
 * availability in the middle, ingredients running low on the right, search and refresh on top.
 */
public final class CatalogView extends BorderPane {
    private final CatalogViewModel model;
    private final Messages messages;

    private final Label title = new Label();
    private final CustomTextField search = new CustomTextField();
    private final Button clearSearch = new Button("✕");
    private final Button refresh = new Button();
    private final Button language = new Button();
    private final ProgressIndicator progress = new ProgressIndicator();
    private final VBox categoryList = new VBox(6);
    private final ToggleGroup categoryGroup = new ToggleGroup();
    private final Label heading = new Label();
    private final ProductGrid grid;
    private final ProductPictures pictures;
    private final Label empty = new Label();
    private final LowStockPanel lowStock;
    private final Label error = new Label();
    private boolean updatingCategories;

    public CatalogView(CatalogViewModel model, ProductPictures pictures, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.lowStock = new LowStockPanel(messages);
        this.pictures = pictures;
        this.grid = new ProductGrid(pictures, messages, null);
        setTop(topBar());
        setLeft(categoryPanel());
        setCenter(productArea());
        setRight(lowStock);
        setBottom(errorBar());
        bind();
        relabel();
    }

    private HBox topBar() {
        title.getStyleClass().add("app-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        search.setId("search");
        clearSearch.setId("clear-search");
        clearSearch.getStyleClass().addAll(Styles.FLAT, Styles.BUTTON_CIRCLE);
        clearSearch.setFocusTraversable(false);
        clearSearch.setOnAction(e -> search.clear());
        clearSearch.visibleProperty().bind(search.textProperty().isNotEmpty());
        search.setRight(clearSearch);
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                search.clear();
            }
        });
        search.setPrefWidth(420);
        search.setMinWidth(180);
        HBox.setHgrow(search, Priority.SOMETIMES);
        refresh.setId("refresh");
        refresh.setMinWidth(Region.USE_PREF_SIZE);
        refresh.setOnAction(e -> {
            pictures.forget();
            model.refresh();
        });
        language.setId("language");
        language.setMinWidth(Region.USE_PREF_SIZE);
        language.setOnAction(e -> messages.toggleLanguage());
        progress.setId("busy");
        progress.setPrefSize(36, 36);
        progress.setMinSize(36, 36);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(title, search, spacer, progress, refresh, language);
        bar.getStyleClass().add("top-bar");
        return bar;
    }

    private ScrollPane categoryPanel() {
        categoryList.getStyleClass().add(Theme.SIDE_PANEL);
        categoryList.setPrefWidth(190);
        categoryList.setFillWidth(true);
        ScrollPane scroll = new ScrollPane(categoryList);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        return scroll;
    }

    private VBox productArea() {
        heading.getStyleClass().add(Theme.PANEL_TITLE);
        heading.setId("heading");
        heading.setPadding(new Insets(12, 12, 0, 12));
        empty.setId("empty");
        empty.setWrapText(true);
        empty.getStyleClass().add("status-text");
        empty.setPadding(new Insets(24));
        StackPane content = new StackPane(grid, empty);
        content.setAlignment(Pos.TOP_LEFT);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        return new VBox(heading, scroll);
    }

    private Label errorBar() {
        error.setId("error");
        error.getStyleClass().add(Theme.ERROR_BAR);
        error.setMaxWidth(Double.MAX_VALUE);
        error.managedProperty().bind(error.visibleProperty());
        error.setVisible(false);
        return error;
    }

    private void bind() {
        progress.visibleProperty().bind(model.busyProperty());
        search.textProperty().bindBidirectional(model.searchTextProperty());
        model.categories().addListener((ListChangeListener<CategoryView>) c -> renderCategories());
        model.selectedCategoryProperty().addListener((obs, old, now) -> selectCategoryButton());
        model.visibleProducts().addListener((ListChangeListener<ProductItem>) c -> renderProducts());
        model.lowStock().addListener((ListChangeListener<app.stoika.pos.availability.LowStockIngredient>) c ->
                lowStock.show(model.lowStock()));
        model.failureProperty().addListener((obs, old, now) -> renderError());
        model.loadedProperty().addListener((obs, old, now) -> renderProducts());
        messages.localeProperty().addListener((obs, old, now) -> relabel());
    }

    private void relabel() {
        title.setText(messages.get("app.title"));
        search.setPromptText(messages.get("catalog.search.prompt"));
        clearSearch.setAccessibleText(messages.get("catalog.search.clear"));
        refresh.setText(messages.get("catalog.refresh"));
        language.setText(messages.get("language.switch"));
        renderCategories();
        renderProducts();
        lowStock.relabel();
        renderError();
    }

    /** Shows one category, by name (used for documentation screenshots). */
    public void selectCategoryNamed(String name) {
        model.categories().stream().filter(c -> c.name().equalsIgnoreCase(name.strip())).findFirst()
                .ifPresent(c -> model.selectedCategoryProperty().set(c));
    }

    private void renderCategories() {
        updatingCategories = true;
        try {
            categoryList.getChildren().clear();
            categoryGroup.getToggles().clear();
            categoryList.getChildren().add(categoryButton("category-all", messages.get("catalog.category.all"), null));
            for (CategoryView c : model.categories()) {
                categoryList.getChildren().add(categoryButton("category-" + c.id(), c.name(), c));
            }
            selectCategoryButton();
        } finally {
            updatingCategories = false;
        }
    }

    private ToggleButton categoryButton(String id, String text, CategoryView category) {
        ToggleButton b = new ToggleButton(text);
        b.setId(id);
        b.setUserData(category);
        b.getStyleClass().add(Theme.CATEGORY_BUTTON);
        b.setWrapText(true);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setToggleGroup(categoryGroup);
        b.setOnAction(e -> {
            model.searchTextProperty().set("");
            model.selectedCategoryProperty().set(category);
            b.setSelected(true);
        });
        return b;
    }

    private void selectCategoryButton() {
        CategoryView selected = model.selectedCategoryProperty().get();
        categoryGroup.getToggles().forEach(t -> {
            CategoryView c = (CategoryView) t.getUserData();
            t.setSelected(selected == null ? c == null : c != null && c.id() == selected.id());
        });
        if (!updatingCategories) {
            renderHeading();
        }
    }

    private void renderProducts() {
        grid.show(model.visibleProducts());
        boolean nothing = model.visibleProducts().isEmpty();
        empty.setVisible(nothing);
        empty.setText(!model.loadedProperty().get() ? messages.get("catalog.loading")
                : model.isSearching() ? messages.get("catalog.search.nothing") : messages.get("catalog.category.empty"));
        renderHeading();
    }

    private void renderHeading() {
        int count = model.visibleProducts().size();
        if (model.isSearching()) {
            String text = model.searchTextProperty().get().strip();
            if (text.length() > 40) {
                text = text.substring(0, 40) + "…";
            }
            heading.setText(messages.get("catalog.heading.search", text, count));
        } else {
            CategoryView c = model.selectedCategoryProperty().get();
            String name = c == null ? messages.get("catalog.category.all") : c.name();
            heading.setText(messages.get("catalog.heading.category", name, count));
        }
    }

    private void renderError() {
        Throwable failure = model.failureProperty().get();
        error.setVisible(failure != null);
        error.setText(failure == null ? "" : messages.describe(failure));
    }
}
