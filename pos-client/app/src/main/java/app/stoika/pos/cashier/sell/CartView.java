package app.stoika.pos.cashier.sell;

import java.util.function.Consumer;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import app.stoika.pos.ui.Messages;
import app.stoika.pos.ui.MoneyText;

/**
 * The cart on the right of the sell screen: lines with − / + / note / remove, the customer, the totals, and the
 * big Pay button. Only the rows that change are touched (see {@link #update}).
 */
public final class CartView extends BorderPane {
    private final Cart cart;
    private final Messages messages;
    private final VBox rows = new VBox();
    private final Label empty = new Label();
    private final Label title = new Label();
    private final Button customer = new Button();
    private final Label subtotal = new Label();
    private final Label discount = new Label();
    private final Label total = new Label();
    private final Button clear = new Button();
    private final Button pay = new Button();
    private Consumer<CartLine> onEditNote = line -> { };

    public CartView(Cart cart, Messages messages, Runnable onCustomer, Runnable onPay) {
        this.cart = cart;
        this.messages = messages;
        getStyleClass().add("cart");
        setId("cart");
        setPrefWidth(400);
        setMinWidth(340);

        title.getStyleClass().add("panel-title");
        customer.setId("cart-customer");
        customer.getStyleClass().add("customer-button");
        customer.setOnAction(e -> onCustomer.run());
        customer.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(customer, Priority.ALWAYS);
        HBox header = new HBox(10, title, customer);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("cart-header");
        setTop(header);

        rows.setId("cart-lines");
        rows.getStyleClass().add("cart-lines");
        empty.setId("cart-empty");
        empty.getStyleClass().add("status-text");
        empty.setWrapText(true);
        empty.managedProperty().bind(empty.visibleProperty());
        ScrollPane scroll = new ScrollPane(new VBox(empty, rows));
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        setCenter(scroll);

        subtotal.setId("cart-subtotal");
        discount.setId("cart-discount");
        discount.managedProperty().bind(discount.visibleProperty());
        total.setId("cart-total");
        total.getStyleClass().add("cart-total");
        clear.setId("cart-clear");
        clear.getStyleClass().add("danger");
        clear.setOnAction(e -> cart.clear());
        pay.setId("pay");
        pay.getStyleClass().addAll("accent", "pay-button");
        pay.setMaxWidth(Double.MAX_VALUE);
        pay.setOnAction(e -> onPay.run());
        HBox.setHgrow(pay, Priority.ALWAYS);
        HBox buttons = new HBox(10, clear, pay);
        VBox footer = new VBox(6, subtotal, discount, total, buttons);
        footer.getStyleClass().add("cart-footer");
        setBottom(footer);

        cart.lines().addListener(this::update);
        cart.totalProperty().addListener((obs, old, now) -> renderTotals());
        cart.customerProperty().addListener((obs, old, now) -> renderTotals());
        messages.localeProperty().addListener((obs, old, now) -> render());
        render();
    }

    /** The sell view opens its note sheet through this. */
    public void setOnEditNote(Consumer<CartLine> handler) {
        this.onEditNote = handler;
    }

    /** Everything anew (a language change). */
    private void render() {
        title.setText(messages.get("cart.title"));
        clear.setText(messages.get("cart.clear"));
        empty.setText(messages.get("cart.empty"));
        rows.getChildren().setAll(cart.lines().stream().map(this::row).toList());
        empty.setVisible(cart.lines().isEmpty());
        renderTotals();
    }

    /**
     * Only the rows that changed: a tap changes one line, and rebuilding every row made a tap cost more the
     * longer the order was (the tap-to-cart benchmark showed it growing with the cart).
     */
    private void update(ListChangeListener.Change<? extends CartLine> change) {
        while (change.next()) {
            if (change.wasPermutated()) {
                render();
                return;
            }
            int from = change.getFrom();
            if (change.wasReplaced() && change.getRemovedSize() == 1 && change.getAddedSize() == 1
                    && change.getRemoved().get(0).key().equals(change.getAddedSubList().get(0).key())) {
                ((CartRow) rows.getChildren().get(from)).show(change.getAddedSubList().get(0)); // quantity or note
                continue;
            }
            if (change.wasRemoved()) {
                rows.getChildren().remove(from, from + change.getRemovedSize());
            }
            if (change.wasAdded()) {
                rows.getChildren().addAll(from, change.getAddedSubList().stream().map(this::row).toList());
            }
        }
        empty.setVisible(cart.lines().isEmpty());
        renderTotals();
    }

    private void renderTotals() {
        var locale = messages.locale();
        customer.setText(cart.customerProperty().get()
                .map(c -> messages.get("cart.customer.attached", c.name(), c.points()))
                .orElse(messages.get("cart.customer.none")));
        subtotal.setText(messages.get("cart.subtotal", MoneyText.format(cart.subtotal(), locale)));
        discount.setVisible(!cart.discountProperty().get().isZero());
        discount.setText(messages.get("cart.discount", cart.redeemPointsProperty().get(),
                MoneyText.format(cart.discountProperty().get(), locale)));
        total.setText(messages.get("cart.total", MoneyText.format(cart.total(), locale)));
        pay.setText(messages.get("cart.pay", MoneyText.format(cart.total(), locale)));
        pay.setDisable(cart.isEmpty());
        clear.setDisable(cart.isEmpty());
    }

    private CartRow row(CartLine line) {
        return new CartRow(line, messages, cart, onEditNote);
    }
}
