package app.stoika.pos.queue;

import java.util.function.BiConsumer;
import java.util.function.Supplier;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import atlantafx.base.theme.Styles;

import app.stoika.pos.order.Disposition;
import app.stoika.pos.ui.Messages;

/**
 * Cancelling one order or several: a sheet over the dimmed queue, asking why (one tap on a common reason,
 * or typed) and what happens to the ingredients (back to stock if nothing was made, written off if it was).
 * Nothing is sent until the barista confirms.
 */
final class CancelSheet extends StackPane {
    private static final int MAX_REASON = 500;

    private final Messages messages;
    private final Label title = new Label();
    private final Label managerNote = new Label();
    private final Label reasonLabel = new Label();
    private final Button changedMind = new Button();
    private final Button cashierError = new Button();
    private final Button outOfIngredient = new Button();
    private final TextField reason = new TextField();
    private final Label dispositionLabel = new Label();
    private final ToggleGroup dispositions = new ToggleGroup();
    private final ToggleButton returnToStock = new ToggleButton();
    private final ToggleButton waste = new ToggleButton();
    private final Button confirm = new Button();
    private final Button back = new Button();
    private BiConsumer<String, Disposition> onConfirm;
    private Supplier<String> heading = () -> "";

    CancelSheet(Messages messages) {
        this.messages = messages;
        setId("cancel-sheet");
        getStyleClass().add("queue-scrim");
        setVisible(false);

        title.getStyleClass().add("sheet-title");
        title.setWrapText(true);
        managerNote.getStyleClass().add("queue-note");
        managerNote.setWrapText(true);
        managerNote.managedProperty().bind(managerNote.visibleProperty());
        reasonLabel.getStyleClass().add("sheet-label");
        dispositionLabel.getStyleClass().add("sheet-label");

        changedMind.setId("reason-changed-mind");
        cashierError.setId("reason-cashier-error");
        outOfIngredient.setId("reason-out-of-ingredient");
        for (Button quick : new Button[] {changedMind, cashierError, outOfIngredient}) {
            quick.setOnAction(e -> reason.setText(quick.getText()));
        }
        FlowPane quickReasons = new FlowPane(8, 8, changedMind, cashierError, outOfIngredient);
        reason.setId("cancel-reason");
        reason.setTextFormatter(new TextFormatter<String>(
                change -> change.getControlNewText().length() <= MAX_REASON ? change : null));

        returnToStock.setId("disposition-return");
        returnToStock.setUserData(Disposition.RETURN_TO_STOCK);
        waste.setId("disposition-waste");
        waste.setUserData(Disposition.WASTE);
        for (ToggleButton t : new ToggleButton[] {returnToStock, waste}) {
            t.setToggleGroup(dispositions);
            t.setMaxWidth(Double.MAX_VALUE);
            t.setWrapText(true);
            HBox.setHgrow(t, Priority.ALWAYS);
        }
        // One of the two is always chosen: tapping the chosen one again keeps it.
        dispositions.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null && old != null) {
                old.setSelected(true);
            }
        });
        HBox dispositionButtons = new HBox(8, returnToStock, waste);

        confirm.setId("cancel-confirm");
        confirm.getStyleClass().add(Styles.DANGER);
        confirm.disableProperty().bind(Bindings.createBooleanBinding(() -> reason.getText().isBlank(), reason.textProperty()));
        confirm.setOnAction(e -> confirm());
        back.setId("cancel-back");
        back.setOnAction(e -> close());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox actions = new HBox(10, back, spacer, confirm);
        actions.setAlignment(Pos.CENTER_RIGHT);

        VBox sheet = new VBox(title, managerNote, reasonLabel, quickReasons, reason, dispositionLabel,
                dispositionButtons, actions);
        sheet.getStyleClass().add("cancel-sheet");
        sheet.setFillWidth(true);
        sheet.setMaxHeight(Region.USE_PREF_SIZE);
        getChildren().add(sheet);
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                close();
            }
        });
        relabel();
    }

    /**
     * Shows the sheet. {@code suggested} is pre-chosen (nothing made yet for a waiting order, made for one
     * being prepared); {@code managerNeeded} says up front that a manager will be asked.
     */
    void open(Supplier<String> heading, boolean managerNeeded, Disposition suggested,
              BiConsumer<String, Disposition> action) {
        this.onConfirm = action;
        this.heading = heading;
        title.setText(heading.get());
        managerNote.setVisible(managerNeeded);
        reason.clear();
        (suggested == Disposition.WASTE ? waste : returnToStock).setSelected(true);
        setVisible(true);
        reason.requestFocus();
    }

    void close() {
        setVisible(false);
        onConfirm = null;
    }

    boolean isOpen() {
        return isVisible();
    }

    private void confirm() {
        BiConsumer<String, Disposition> action = onConfirm;
        String why = reason.getText().strip();
        if (action == null || why.isEmpty()) {
            return;
        }
        Disposition d = (Disposition) dispositions.getSelectedToggle().getUserData();
        close();
        action.accept(why, d);
    }

    void relabel() {
        title.setText(heading.get());
        managerNote.setText(messages.get("queue.cancel.manager_note"));
        reasonLabel.setText(messages.get("queue.cancel.reason"));
        changedMind.setText(messages.get("queue.cancel.reason.changed_mind"));
        cashierError.setText(messages.get("queue.cancel.reason.cashier_error"));
        outOfIngredient.setText(messages.get("queue.cancel.reason.out_of_ingredient"));
        reason.setPromptText(messages.get("queue.cancel.reason.prompt"));
        dispositionLabel.setText(messages.get("queue.cancel.disposition"));
        returnToStock.setText(messages.get("queue.cancel.return"));
        waste.setText(messages.get("queue.cancel.waste"));
        confirm.setText(messages.get("queue.cancel.confirm"));
        back.setText(messages.get("queue.cancel.back"));
    }
}
