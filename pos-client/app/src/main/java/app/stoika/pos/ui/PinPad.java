package app.stoika.pos.ui;

import java.util.function.IntConsumer;

import javafx.scene.control.Button;
import javafx.scene.layout.GridPane;

/** A 3×4 keypad for PINs: digits, erase, OK. Large keys; ids {@code <prefix>-0..9}, -erase, -ok for tests. */
public final class PinPad extends GridPane {
    private final Button ok = new Button("OK");

    public PinPad(String idPrefix, IntConsumer digit, Runnable erase, Runnable submit) {
        getStyleClass().add("pin-pad");
        for (int d = 1; d <= 9; d++) {
            add(key(idPrefix, d, digit), (d - 1) % 3, (d - 1) / 3);
        }
        Button back = new Button("⌫");
        back.setId(idPrefix + "-erase");
        back.getStyleClass().add("pin-key");
        back.setOnAction(e -> erase.run());
        ok.setId(idPrefix + "-ok");
        ok.getStyleClass().addAll("pin-key", "accent");
        ok.setOnAction(e -> submit.run());
        add(back, 0, 3);
        add(key(idPrefix, 0, digit), 1, 3);
        add(ok, 2, 3);
    }

    public Button okButton() {
        return ok;
    }

    private static Button key(String idPrefix, int value, IntConsumer digit) {
        Button key = new Button(String.valueOf(value));
        key.setId(idPrefix + "-" + value);
        key.getStyleClass().add("pin-key");
        key.setOnAction(e -> digit.accept(value));
        return key;
    }
}
