package app.stoika.pos.ui;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * The window's root: the current screen, and above it at most one sheet (modifiers, payment, a manager's PIN)
 * on a dimmed layer. Sheets live in the same window rather than in dialogs, so a touchscreen never loses a
 * dialog behind the main window, and Escape or a tap outside closes a sheet that allows it.
 */
public final class ModalHost extends StackPane {
    public static final String SHEET_LAYER = "sheet-layer";
    public static final String SHEET = "sheet";

    private StackPane layer;
    private Runnable onDismiss;

    public ModalHost() {
        getChildren().add(new Region());
        addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && layer != null && onDismiss != null) {
                e.consume();
                dismiss();
            }
        });
    }

    /** Replaces the screen under the sheets; an open sheet is closed. */
    public void setScreen(Node value) {
        close();
        getChildren().set(0, value);
    }

    /**
     * Shows a sheet above the screen. {@code onDismiss} runs when the cashier taps outside it or presses
     * Escape; null makes the sheet stay until its own buttons close it (a sale being paid).
     */
    public void show(Region sheet, Runnable onDismiss) {
        close();
        sheet.getStyleClass().add(SHEET);
        sheet.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        layer = new StackPane(sheet);
        layer.getStyleClass().add(SHEET_LAYER);
        layer.setAlignment(Pos.CENTER);
        layer.setOnMouseClicked(e -> {
            if (e.getTarget() == layer && this.onDismiss != null) {
                dismiss();
            }
        });
        this.onDismiss = onDismiss;
        getChildren().add(layer);
        sheet.requestFocus();
    }

    public boolean isShowingSheet() {
        return layer != null;
    }

    /** Closes the sheet without running its dismiss action. */
    public void close() {
        if (layer != null) {
            getChildren().remove(layer);
            layer = null;
            onDismiss = null;
        }
    }

    private void dismiss() {
        Runnable action = onDismiss;
        close();
        action.run();
    }
}
