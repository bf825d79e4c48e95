package app.stoika.pos.cashier.shift;

import java.util.Currency;
import java.util.List;
import java.util.function.Consumer;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import app.stoika.pos.shift.ShiftReport;
import app.stoika.pos.ui.AmountPad;
import app.stoika.pos.ui.Messages;
import app.stoika.pos.ui.ModalHost;
import app.stoika.pos.ui.Theme;

/**
 * The shift screen. Closed: the opening float on a keypad and "Open shift" (and the last Z report). Open: the X
 * figures, cash in, cash out, print X, close. Closing asks for the counted cash without showing the expected
 * amount first: a blind count is the honest one; the Z report then shows expected against counted.
 */
public final class ShiftView extends BorderPane {
    private final ShiftViewModel model;
    private final Messages messages;
    private final ModalHost host;
    private final Currency currency;
    private final Consumer<ShiftReport> onPrint;
    private final Runnable onOpened;
    private final VBox content = new VBox(16);
    private final Label error = new Label();

    public ShiftView(ShiftViewModel model, Messages messages, ModalHost host, Currency currency,
                     Consumer<ShiftReport> onPrint, Runnable onOpened) {
        this.model = model;
        this.messages = messages;
        this.host = host;
        this.currency = currency;
        this.onPrint = onPrint;
        this.onOpened = onOpened;
        setId("shift");
        content.getStyleClass().add("shift-content");
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        setCenter(scroll);
        error.setId("shift-error");
        error.getStyleClass().add(Theme.ERROR_BAR);
        error.setMaxWidth(Double.MAX_VALUE);
        error.setWrapText(true);
        error.managedProperty().bind(error.visibleProperty());
        error.setVisible(false);
        setBottom(error);
        model.currentProperty().addListener((obs, old, now) -> render());
        model.closedProperty().addListener((obs, old, now) -> render());
        model.loadedProperty().addListener((obs, old, now) -> render());
        model.failureProperty().addListener((obs, old, now) -> {
            error.setVisible(now != null);
            error.setText(now == null ? "" : messages.describe(now));
        });
        messages.localeProperty().addListener((obs, old, now) -> render());
        render();
    }

    private void render() {
        content.getChildren().clear();
        if (!model.loadedProperty().get()) {
            content.getChildren().add(new Label(messages.get("catalog.loading")));
            return;
        }
        if (model.currentProperty().get().isPresent()) {
            renderOpen(model.currentProperty().get().get());
        } else {
            renderClosed();
        }
    }

    private void renderClosed() {
        Label title = new Label(messages.get("shift.closed.title"));
        title.getStyleClass().add("sheet-title");
        Label hint = new Label(messages.get("shift.open.hint"));
        hint.setWrapText(true);
        AmountPad pad = new AmountPad("float", currency, messages);
        Button open = new Button(messages.get("shift.open"));
        open.setId("shift-open");
        open.getStyleClass().addAll("accent", "pay-button");
        open.disableProperty().bind(model.busyProperty());
        open.setOnAction(e -> model.open(pad.amount(), onOpened));
        VBox left = new VBox(12, title, hint, pad, open);
        left.setPrefWidth(380);
        HBox row = new HBox(40, left);
        ShiftReport z = model.closedProperty().get();
        if (z != null) {
            row.getChildren().add(report(z, "shift.z.title", "shift-print-z"));
        }
        content.getChildren().add(row);
    }

    private void renderOpen(ShiftReport x) {
        Label title = new Label(messages.get("shift.open.title", x.shiftId()));
        title.getStyleClass().add("sheet-title");
        Button cashIn = action("shift-cash-in", "shift.cash_in", () -> movementSheet(true));
        Button cashOut = action("shift-cash-out", "shift.cash_out", () -> movementSheet(false));
        Button close = action("shift-close", "shift.close", this::closeSheet);
        close.getStyleClass().add("danger");
        FlowPane actions = new FlowPane(10, 10, cashIn, cashOut, close);
        content.getChildren().addAll(title, actions, report(x, "shift.x.title", "shift-print-x"));
    }

    private VBox report(ShiftReport report, String titleKey, String printId) {
        Label title = new Label(messages.get(titleKey));
        title.getStyleClass().add("panel-title");
        Button print = new Button(messages.get("shift.print"));
        print.setId(printId);
        print.setOnAction(e -> onPrint.accept(report));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox head = new HBox(10, title, grow, print);
        head.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(10, head, new ShiftFigures(report, messages));
        box.getStyleClass().add("shift-report");
        box.setId(report.closed() ? "z-report" : "x-report");
        return box;
    }

    private Button action(String id, String key, Runnable run) {
        Button b = new Button(messages.get(key));
        b.setId(id);
        b.getStyleClass().add("shift-action");
        b.disableProperty().bind(model.busyProperty());
        b.setOnAction(e -> run.run());
        return b;
    }

    private void movementSheet(boolean in) {
        Label title = new Label(messages.get(in ? "shift.cash_in" : "shift.cash_out"));
        title.getStyleClass().add("sheet-title");
        AmountPad pad = new AmountPad("movement", currency, messages);
        TextField reason = new TextField();
        reason.setId("movement-reason");
        reason.setPromptText(messages.get("shift.reason"));
        FlowPane quick = new FlowPane(8, 8);
        quick.setPrefWrapLength(420);
        List<String> reasons = in ? List.of("shift.reason.change", "shift.reason.owner")
                : List.of("shift.reason.bank", "shift.reason.supplier", "shift.reason.owner");
        for (String key : reasons) {
            Button b = new Button(messages.get(key));
            b.setOnAction(e -> reason.setText(messages.get(key)));
            quick.getChildren().add(b);
        }
        Label sheetError = new Label();
        sheetError.getStyleClass().add("error-text");
        sheetError.setMaxWidth(420);
        Button cancel = new Button(messages.get("common.cancel"));
        cancel.setOnAction(e -> host.close());
        Button save = new Button(messages.get(in ? "shift.cash_in.confirm" : "shift.cash_out.confirm"));
        save.setId("movement-save");
        save.getStyleClass().add("accent");
        save.setOnAction(e -> {
            if (pad.amount().isZero()) {
                sheetError.setText(messages.get("shift.input.amount_missing"));
            } else if (reason.getText().isBlank()) {
                sheetError.setText(messages.get("shift.input.reason_missing"));
            } else if (in) {
                host.close();
                model.cashIn(pad.amount(), reason.getText(), () -> { });
            } else {
                host.close();
                model.cashOut(pad.amount(), reason.getText(), () -> { });
            }
        });
        HBox actions = new HBox(10, cancel, save);
        actions.setAlignment(Pos.CENTER_RIGHT);
        VBox sheet = new VBox(10, title, pad, reason, quick, sheetError, actions);
        sheet.setId("movement-sheet");
        host.show(sheet, () -> { });
    }

    private void closeSheet() {
        Label title = new Label(messages.get("shift.close"));
        title.getStyleClass().add("sheet-title");
        Label hint = new Label(messages.get("shift.close.hint"));
        hint.setWrapText(true);
        hint.setMaxWidth(420);
        AmountPad pad = new AmountPad("counted", currency, messages);
        Button cancel = new Button(messages.get("common.cancel"));
        cancel.setOnAction(e -> host.close());
        Button close = new Button(messages.get("shift.close.confirm"));
        close.setId("close-confirm");
        close.getStyleClass().addAll("accent", "danger");
        close.setOnAction(e -> {
            host.close();
            model.close(pad.amount(), onPrint);
        });
        HBox actions = new HBox(10, cancel, close);
        actions.setAlignment(Pos.CENTER_RIGHT);
        VBox sheet = new VBox(10, title, hint, pad, actions);
        sheet.setId("close-sheet");
        host.show(sheet, () -> { });
    }
}
