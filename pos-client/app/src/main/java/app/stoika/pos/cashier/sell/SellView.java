package app.stoika.pos.cashier.sell;

import java.util.List;

import javafx.animation.PauseTransition;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import app.stoika.pos.catalog.CategoryView;
import app.stoika.pos.catalogview.ProductItem;
import app.stoika.pos.catalogview.ProductGrid;
import app.stoika.pos.catalogview.ProductPictures;
import app.stoika.pos.ui.Messages;
import app.stoika.pos.ui.ModalHost;
import app.stoika.pos.ui.Theme;

/**
 * The screen the cashier lives in: category tabs and a search box on top, product tiles in the middle, the cart
 * on the right. Tapping a tile adds it (or opens its modifiers sheet); a scanned barcode does the same.
 */
public final class SellView extends BorderPane {
    private final SellViewModel model;
    private final Messages messages;
    private final ModalHost host;
    private final HBox tabs = new HBox(6);
    private final ToggleGroup tabGroup = new ToggleGroup();
    private final TextField search = new TextField();
    private final PauseTransition searchPause = new PauseTransition(Duration.millis(250));
    private final ProductGrid grid;
    private final Label empty = new Label();
    private final Label notice = new Label();
    private final CartView cartView;

    public SellView(SellViewModel model, ProductPictures pictures, Messages messages, ModalHost host, Runnable onCustomer,
                    Runnable onPay) {
        this.model = model;
        this.messages = messages;
        this.host = host;
        setId("sell");
        grid = new ProductGrid(pictures, messages, model::tap);
        cartView = new CartView(model.cart(), messages, onCustomer, onPay);
        cartView.setOnEditNote(this::editNote);
        setTop(header());
        setCenter(products());
        setRight(cartView);
        setBottom(noticeBar());
        model.setOnChooseModifiers((product, groups) -> host.show(new ModifierSheet(product, groups, messages,
                options -> {
                    host.close();
                    model.add(product, options);
                }, host::close), () -> { }));
        new BarcodeScannerInput(model::scan).install(this);
        bind();
        relabel();
    }

    private VBox header() {
        tabs.setId("category-tabs");
        tabs.getStyleClass().add("category-tabs");
        ScrollPane tabScroll = new ScrollPane(tabs);
        tabScroll.setFitToHeight(true);
        tabScroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        tabScroll.getStyleClass().add("edge-to-edge");
        HBox.setHgrow(tabScroll, Priority.ALWAYS);
        search.setId("search");
        search.setPrefWidth(300);
        search.setMinWidth(160);
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                search.clear();
            }
        });
        Button clear = new Button("✕");
        clear.setId("clear-search");
        clear.setFocusTraversable(false);
        clear.setOnAction(e -> search.clear());
        clear.visibleProperty().bind(search.textProperty().isNotEmpty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(32, 32);
        busy.setMinSize(32, 32);
        busy.visibleProperty().bind(model.menu().busyProperty());
        HBox row = new HBox(8, tabScroll, search, clear, busy);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("sell-header");
        return new VBox(row);
    }

    private ScrollPane products() {
        empty.setId("empty");
        empty.getStyleClass().add("status-text");
        empty.setWrapText(true);
        StackPane content = new StackPane(grid, empty);
        content.setAlignment(Pos.TOP_LEFT);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        return scroll;
    }

    private Label noticeBar() {
        notice.setId("sell-notice");
        notice.getStyleClass().add(Theme.ERROR_BAR);
        notice.setMaxWidth(Double.MAX_VALUE);
        notice.setWrapText(true);
        notice.managedProperty().bind(notice.visibleProperty());
        notice.setVisible(false);
        notice.setOnMouseClicked(e -> model.noticeProperty().set(null));
        return notice;
    }

    private void bind() {
        // The search runs once typing pauses: a person's next letter usually comes within this, and a scanner's
        // whole code does, so a scan never starts a search (the scanner input takes its characters out again).
        searchPause.setOnFinished(e -> model.menu().searchTextProperty().set(search.getText()));
        search.textProperty().addListener((obs, old, now) -> {
            if (now.isBlank()) {
                searchPause.stop();
                model.menu().searchTextProperty().set(now);
            } else {
                searchPause.playFromStart();
            }
        });
        model.menu().searchTextProperty().addListener((obs, old, now) -> {
            if (!now.equals(search.getText()) && searchPause.getStatus() != javafx.animation.Animation.Status.RUNNING) {
                search.setText(now);
            }
        });
        model.menu().categories().addListener((ListChangeListener<CategoryView>) c -> renderTabs());
        model.menu().selectedCategoryProperty().addListener((obs, old, now) -> selectTab());
        model.menu().visibleProducts().addListener((ListChangeListener<ProductItem>) c -> renderProducts());
        model.menu().loadedProperty().addListener((obs, old, now) -> renderProducts());
        model.menu().failureProperty().addListener((obs, old, now) -> renderNotice());
        model.noticeProperty().addListener((obs, old, now) -> renderNotice());
        messages.localeProperty().addListener((obs, old, now) -> relabel());
    }

    private void relabel() {
        search.setPromptText(messages.get("sell.search.prompt"));
        renderTabs();
        renderProducts();
        renderNotice();
    }

    private void renderTabs() {
        tabs.getChildren().clear();
        tabGroup.getToggles().clear();
        tabs.getChildren().add(tab("category-all", messages.get("catalog.category.all"), null));
        for (CategoryView c : model.menu().categories()) {
            tabs.getChildren().add(tab("category-" + c.id(), c.name(), c));
        }
        selectTab();
    }

    private ToggleButton tab(String id, String text, CategoryView category) {
        ToggleButton b = new ToggleButton(text);
        b.setId(id);
        b.setUserData(category);
        b.getStyleClass().add("category-tab");
        b.setToggleGroup(tabGroup);
        b.setOnAction(e -> {
            model.menu().searchTextProperty().set("");
            model.menu().selectedCategoryProperty().set(category);
            b.setSelected(true);
        });
        return b;
    }

    private void selectTab() {
        CategoryView selected = model.menu().selectedCategoryProperty().get();
        tabGroup.getToggles().forEach(t -> {
            CategoryView c = (CategoryView) t.getUserData();
            t.setSelected(selected == null ? c == null : c != null && c.id() == selected.id());
        });
    }

    private void renderProducts() {
        grid.show(model.menu().visibleProducts());
        boolean nothing = model.menu().visibleProducts().isEmpty();
        empty.setVisible(nothing);
        empty.setText(!model.menu().loadedProperty().get() ? messages.get("catalog.loading")
                : model.menu().isSearching() ? messages.get("catalog.search.nothing")
                : messages.get("catalog.category.empty"));
    }

    private void renderNotice() {
        SellViewModel.Notice n = model.noticeProperty().get();
        Throwable failure = model.menu().failureProperty().get();
        String text = n != null ? messages.get(n.key(), n.args()) : failure != null ? messages.describe(failure) : "";
        notice.setText(text);
        notice.setVisible(!text.isEmpty());
    }

    private void editNote(CartLine line) {
        TextField field = new TextField(line.note());
        field.setId("note-field");
        field.setPrefColumnCount(28);
        Label title = new Label(messages.get("cart.note.title", line.product().name()));
        title.getStyleClass().add("sheet-title");
        FlowPane quick = new FlowPane(8, 8);
        quick.setPrefWrapLength(520);
        for (String key : List.of("cart.note.quick.takeaway", "cart.note.quick.hot", "cart.note.quick.no_straw")) {
            Button b = new Button(messages.get(key));
            b.setOnAction(e -> field.setText((field.getText().isBlank() ? "" : field.getText().strip() + ", ")
                    + messages.get(key)));
            quick.getChildren().add(b);
        }
        Label error = new Label();
        error.getStyleClass().add("error-text");
        Button cancel = new Button(messages.get("common.cancel"));
        cancel.setOnAction(e -> host.close());
        Button save = new Button(messages.get("common.save"));
        save.setId("note-save");
        save.getStyleClass().add("accent");
        save.setDefaultButton(true);
        save.setOnAction(e -> {
            if (field.getText().strip().length() > 200) {
                error.setText(messages.get("order.error.note_too_long"));
                return;
            }
            host.close();
            model.cart().setNote(line.key(), field.getText());
        });
        HBox actions = new HBox(10, cancel, save);
        actions.setAlignment(Pos.CENTER_RIGHT);
        VBox sheet = new VBox(10, title, field, quick, error, actions);
        sheet.setId("note-sheet");
        host.show(sheet, () -> { });
        field.requestFocus();
    }
}
