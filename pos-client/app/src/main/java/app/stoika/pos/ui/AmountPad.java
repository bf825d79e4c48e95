package app.stoika.pos.ui;

import java.util.Currency;

import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import app.stoika.pos.shared.Money;

/**
 * An amount of money typed on a touch keypad, in whole roubles (cash is counted in notes and coins, and a till
 * may have no keyboard). The display shows it formatted; {@link #amount()} is exact.
 */
public final class AmountPad extends VBox {
    private static final int MAX_DIGITS = 7;
    private final StringProperty digits = new SimpleStringProperty("");
    private final Currency currency;

    public AmountPad(String idPrefix, Currency currency, Messages messages) {
        this.currency = currency;
        getStyleClass().add("amount-pad");
        setSpacing(10);
        Label display = new Label();
        display.setId(idPrefix + "-amount");
        display.getStyleClass().add("amount-display");
        display.textProperty().bind(Bindings.createStringBinding(() -> MoneyText.format(amount(), messages.locale()),
                digits, messages.localeProperty()));
        GridPane pad = new GridPane();
        pad.getStyleClass().add("pin-pad");
        String[] keys = {"7", "8", "9", "4", "5", "6", "1", "2", "3", "00", "0", "⌫"};
        for (int i = 0; i < keys.length; i++) {
            String key = keys[i];
            Button b = new Button(key);
            b.setId(idPrefix + (key.equals("⌫") ? "-erase" : "-" + key));
            b.getStyleClass().add("pin-key");
            b.setOnAction(e -> press(key));
            pad.add(b, i % 3, i / 3);
        }
        getChildren().addAll(display, pad);
    }

    private void press(String key) {
        String now = digits.get();
        if (key.equals("⌫")) {
            digits.set(now.isEmpty() ? now : now.substring(0, now.length() - 1));
            return;
        }
        String next = (now + key).replaceFirst("^0+(?=\\d)", "");
        if (next.length() <= MAX_DIGITS) {
            digits.set(next);
        }
    }

    public Money amount() {
        String d = digits.get();
        return d.isEmpty() ? Money.zero(currency) : Money.ofMinor(Long.parseLong(d) * 100, currency);
    }

    public StringProperty digitsProperty() {
        return digits;
    }
}
