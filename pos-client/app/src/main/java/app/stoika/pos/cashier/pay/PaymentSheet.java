package app.stoika.pos.cashier.pay;

import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import app.stoika.pos.order.InsufficientStockException;
import app.stoika.pos.shared.Money;
import app.stoika.pos.ui.Messages;
import app.stoika.pos.ui.MoneyText;

/**
 * The payment sheet: the total, cash / card / both, a keypad for the cash handed over with quick amounts and
 * the change, and the confirm button; then the order number, the change again (large, for the cashier to count
 * out) and the receipt.
 */
public final class PaymentSheet extends StackPane {
    private final PaymentViewModel model;
    private final Messages messages;
    private final Runnable onClose;
    private final ToggleGroup methods = new ToggleGroup();
    private final VBox editing = new VBox(12);
    private final VBox done = new VBox(14);
    private final VBox cashBox = new VBox(10);
    private final VBox cardBox = new VBox(10);
    private final VBox splitBox = new VBox(8);
    private final FlowPane quick = new FlowPane(8, 8);
    private final Label error = new Label();
    private final Label status = new Label();
    private final Label receipt = new Label();
    private final ToggleButton cardTarget = new ToggleButton();
    private final ToggleButton cashTarget = new ToggleButton();

    public PaymentSheet(PaymentViewModel model, Messages messages, Runnable onReprint, Runnable onClose) {
        this.model = model;
        this.messages = messages;
        this.onClose = onClose;
        setId("payment-sheet");
        setPrefWidth(860);
        buildEditing();
        buildDone(onReprint);
        getChildren().addAll(editing, done);
        done.setVisible(false);
        model.stateProperty().addListener((obs, old, now) -> renderState());
        model.failureProperty().addListener((obs, old, now) -> renderState());
        model.methodProperty().addListener((obs, old, now) -> renderMethod());
        model.cashAmountBinding().addListener((obs, old, now) -> renderQuick());
        renderMethod();
        renderState();
    }

    /** What happened to the receipt (printed, saved to a file, or why not). */
    public void setReceiptStatus(String text) {
        receipt.setText(text);
    }

    private void buildEditing() {
        Label title = new Label(messages.get("pay.title"));
        title.getStyleClass().add("sheet-title");
        Label total = new Label(money(model.total()));
        total.setId("payment-total");
        total.getStyleClass().add("payment-total");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox head = new HBox(12, title, grow, total);
        head.setAlignment(Pos.CENTER_LEFT);

        HBox methodRow = new HBox(8, method("pay-cash", "pay.method.cash", PaymentViewModel.Method.CASH),
                method("pay-card", "pay.method.card", PaymentViewModel.Method.CARD),
                method("pay-split", "pay.method.split", PaymentViewModel.Method.SPLIT));

        Label tendered = bound("payment-tendered", "pay.tendered", model.tenderedBinding());
        Label change = bound("payment-change", "pay.change", model.changeBinding());
        change.getStyleClass().add("payment-change");
        quick.setPrefWrapLength(380);
        cashBox.getChildren().addAll(tendered, change, quick);

        Label cardHint = new Label();
        cardHint.setWrapText(true);
        cardHint.setMaxWidth(400);
        cardHint.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> messages.get("pay.card.hint", money(model.cardAmountBinding().get())), model.cardAmountBinding()));
        TextField reference = new TextField();
        reference.setId("card-reference");
        reference.setPromptText(messages.get("pay.card.reference"));
        reference.textProperty().bindBidirectional(model.cardReferenceProperty());
        cardBox.getChildren().addAll(cardHint, reference);

        ToggleGroup targets = new ToggleGroup();
        cardTarget.setId("split-card-part");
        cardTarget.setToggleGroup(targets);
        cashTarget.setId("split-cash-part");
        cashTarget.setToggleGroup(targets);
        cardTarget.setSelected(true);
        cardTarget.setMaxWidth(Double.MAX_VALUE);
        cashTarget.setMaxWidth(Double.MAX_VALUE);
        cardTarget.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> messages.get("pay.split.card", money(model.cardAmountBinding().get())), model.cardAmountBinding()));
        cashTarget.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> messages.get("pay.split.cash", money(model.cashAmountBinding().get())), model.cashAmountBinding()));
        splitBox.getChildren().addAll(cardTarget, cashTarget);

        VBox left = new VBox(12, splitBox, cashBox, cardBox);
        left.setPrefWidth(420);
        for (VBox box : new VBox[] {splitBox, cashBox, cardBox}) {
            box.managedProperty().bind(box.visibleProperty());
        }
        GridPane keypad = keypad();
        keypad.managedProperty().bind(keypad.visibleProperty());
        keypad.visibleProperty().bind(model.methodProperty().isNotEqualTo(PaymentViewModel.Method.CARD));
        HBox body = new HBox(24, left, keypad);

        error.setId("payment-error");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.setMaxWidth(800);
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(28, 28);
        progress.visibleProperty().bind(model.stateProperty().isNotEqualTo(PaymentViewModel.State.EDITING));
        status.setId("payment-status");
        HBox statusRow = new HBox(8, progress, status);
        statusRow.setAlignment(Pos.CENTER_LEFT);

        Button cancel = new Button(messages.get("common.cancel"));
        cancel.setId("payment-cancel");
        cancel.disableProperty().bind(model.stateProperty().isNotEqualTo(PaymentViewModel.State.EDITING));
        cancel.setOnAction(e -> onClose.run());
        Button confirm = new Button();
        confirm.setId("payment-confirm");
        confirm.getStyleClass().addAll("accent", "pay-button");
        confirm.disableProperty().bind(model.canConfirmBinding().not());
        confirm.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> messages.get(model.methodProperty().get() == PaymentViewModel.Method.CARD
                        ? "pay.confirm.card" : "pay.confirm"), model.methodProperty()));
        confirm.setOnAction(e -> model.confirm());
        Region grow2 = new Region();
        HBox.setHgrow(grow2, Priority.ALWAYS);
        HBox actions = new HBox(12, cancel, statusRow, grow2, confirm);
        actions.setAlignment(Pos.CENTER_LEFT);
        editing.getChildren().addAll(head, methodRow, body, error, actions);
    }

    private void buildDone(Runnable onReprint) {
        Label number = new Label();
        number.setId("done-number");
        number.getStyleClass().add("done-number");
        Label change = new Label();
        change.setId("done-change");
        change.getStyleClass().add("done-change");
        receipt.setId("done-receipt");
        receipt.setWrapText(true);
        Button reprint = new Button(messages.get("pay.reprint"));
        reprint.setId("reprint");
        reprint.setOnAction(e -> onReprint.run());
        Button next = new Button(messages.get("pay.next_order"));
        next.setId("next-order");
        next.getStyleClass().addAll("accent", "pay-button");
        next.setOnAction(e -> onClose.run());
        HBox actions = new HBox(12, reprint, next);
        actions.setAlignment(Pos.CENTER);
        done.setAlignment(Pos.CENTER);
        done.getChildren().addAll(number, change, receipt, actions);
        model.placedProperty().addListener((obs, old, order) -> {
            if (order != null) {
                number.setText(messages.get("pay.done.number", order.dailyNumber()));
                change.setText(order.change().isZero() ? messages.get("pay.done.no_change")
                        : messages.get("pay.done.change", money(order.change())));
            }
        });
    }

    private ToggleButton method(String id, String key, PaymentViewModel.Method value) {
        ToggleButton b = new ToggleButton(messages.get(key));
        b.setId(id);
        b.getStyleClass().add("method-button");
        b.setToggleGroup(methods);
        b.setSelected(model.methodProperty().get() == value);
        b.setOnAction(e -> {
            model.methodProperty().set(value);
            b.setSelected(true);
        });
        return b;
    }

    private Label bound(String id, String key, javafx.beans.binding.ObjectBinding<Money> value) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("payment-figure");
        label.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> messages.get(key, money(value.get())), value));
        return label;
    }

    private GridPane keypad() {
        GridPane pad = new GridPane();
        pad.getStyleClass().add("pin-pad");
        String[] keys = {"7", "8", "9", "4", "5", "6", "1", "2", "3", "00", "0", "⌫"};
        for (int i = 0; i < keys.length; i++) {
            String key = keys[i];
            Button b = new Button(key);
            b.setId(key.equals("⌫") ? "key-erase" : "key-" + key);
            b.getStyleClass().add("pin-key");
            b.setOnAction(e -> {
                StringProperty target = keypadTarget();
                if (key.equals("⌫")) {
                    model.erase(target);
                } else {
                    model.type(target, key);
                }
            });
            pad.add(b, i % 3, i / 3);
        }
        return pad;
    }

    /** While splitting, the keypad types the card part or the cash handed over, as the cashier chose. */
    private StringProperty keypadTarget() {
        return model.methodProperty().get() == PaymentViewModel.Method.SPLIT && cardTarget.isSelected()
                ? model.cardDigitsProperty() : model.tenderedDigitsProperty();
    }

    private void renderMethod() {
        PaymentViewModel.Method m = model.methodProperty().get();
        splitBox.setVisible(m == PaymentViewModel.Method.SPLIT);
        cashBox.setVisible(m != PaymentViewModel.Method.CARD);
        cardBox.setVisible(m != PaymentViewModel.Method.CASH);
        methods.getToggles().forEach(t -> t.setSelected(((ToggleButton) t).getId().equals(switch (m) {
            case CASH -> "pay-cash";
            case CARD -> "pay-card";
            case SPLIT -> "pay-split";
        })));
        renderQuick();
    }

    private void renderQuick() {
        quick.getChildren().clear();
        int i = 0;
        for (Money amount : model.quickAmounts()) {
            Button b = new Button(money(amount));
            b.setId("quick-" + i++);
            b.getStyleClass().add("quick-amount");
            b.setOnAction(e -> model.tender(amount));
            quick.getChildren().add(b);
        }
    }

    private void renderState() {
        PaymentViewModel.State s = model.stateProperty().get();
        editing.setVisible(s != PaymentViewModel.State.DONE);
        done.setVisible(s == PaymentViewModel.State.DONE);
        status.setText(switch (s) {
            case SENDING -> messages.get("pay.status.sending");
            case WAITING_FOR_DATABASE -> messages.get("pay.status.waiting");
            default -> "";
        });
        Throwable failure = model.failureProperty().get();
        error.setText(failure == null ? "" : describe(failure));
    }

    private String describe(Throwable failure) {
        if (failure instanceof InsufficientStockException shortage) {
            StringBuilder text = new StringBuilder(messages.describe(failure));
            shortage.shortages().forEach(s -> text.append("\n• ").append(messages.get("pay.shortage", s.name(),
                    s.missing().toPlainString(), messages.get("unit." + s.unit().code()))));
            return text.toString();
        }
        return messages.describe(failure);
    }

    private String money(Money value) {
        return MoneyText.format(value, messages.locale());
    }
}
