package app.stoika.pos.cashier.sell;

import java.util.function.Consumer;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import app.stoika.pos.ui.Messages;
import app.stoika.pos.ui.MoneyText;

/**
 * One line of the cart on screen: name, options, note, − quantity +, note and remove buttons, the line's total.
 * A change of quantity or note updates the labels of this row in place: a tap on a product already in the cart is
 * the commonest tap of all, and a new row costs CSS and layout for a dozen new nodes.
 */
final class CartRow extends VBox {
    private final Messages messages;
    private final VBox text = new VBox(2);
    private final Label name = new Label();
    private final Label options = new Label();
    private final Label note = new Label();
    private final Label quantity = new Label();
    private final Label amount = new Label();
    private CartLine line;

    CartRow(CartLine line, Messages messages, Cart cart, Consumer<CartLine> onEditNote) {
        super(4);
        this.messages = messages;
        name.getStyleClass().add("cart-line-name");
        name.setWrapText(true);
        options.getStyleClass().add("cart-line-options");
        options.setWrapText(true);
        note.getStyleClass().add("cart-line-note");
        note.setWrapText(true);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);

        // The buttons act on the row's current line (its key stays the same while quantity and note change).
        Button minus = small("−", "minus", () -> cart.changeQuantity(this.line.key(), -1));
        quantity.getStyleClass().add("cart-line-quantity");
        Button plus = small("+", "plus", () -> cart.changeQuantity(this.line.key(), 1));
        amount.getStyleClass().add("cart-line-total");
        amount.setMinWidth(Region.USE_PREF_SIZE);
        Button edit = small("✎", "note", () -> onEditNote.accept(this.line));
        Button remove = small("✕", "remove", () -> cart.remove(this.line.key()));
        HBox controls = new HBox(6, minus, quantity, plus, edit, remove);
        controls.setAlignment(Pos.CENTER_LEFT);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bottom = new HBox(controls, grow, amount);
        bottom.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(text, bottom);
        getStyleClass().add("cart-line");
        show(line);
    }

    /** The line this row shows; tests and the benchmark read it from the row's user data too. */
    CartLine line() {
        return line;
    }

    /** Shows this line (the same line with another quantity or note, or a new line on a language change). */
    void show(CartLine shown) {
        this.line = shown;
        setUserData(shown);
        name.setText(shown.product().name());
        options.setText(shown.optionsText());
        note.setText("✎ " + shown.note());
        quantity.setText(String.valueOf(shown.quantity()));
        amount.setText(MoneyText.format(shown.total(), messages.locale()));
        int wanted = 1 + (shown.options().isEmpty() ? 0 : 1) + (shown.note().isEmpty() ? 0 : 1);
        if (text.getChildren().size() != wanted) {
            text.getChildren().setAll(name);
            if (!shown.options().isEmpty()) {
                text.getChildren().add(options);
            }
            if (!shown.note().isEmpty()) {
                text.getChildren().add(note);
            }
        }
    }

    private static Button small(String text, String role, Runnable action) {
        Button b = new Button(text);
        b.getStyleClass().addAll("cart-line-button", "cart-line-" + role);
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }
}
