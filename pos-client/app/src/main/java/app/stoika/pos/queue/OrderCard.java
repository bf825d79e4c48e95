package app.stoika.pos.queue;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import javafx.event.Event;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import app.stoika.pos.order.OrderStatus;
import app.stoika.pos.ui.Messages;

/**
 * One order as a large card: the daily number big, the minutes it has waited, each line (quantity and
 * product, options, the guest's note), the guest and the till. The whole card is the touch target; an open
 * order also has its own cancel button.
 */
final class OrderCard extends VBox {
    static final String STYLE = "queue-card";
    static final String SELECTED = "selected";
    static final String LATE = "late";
    /** From this many minutes of waiting the time turns red. */
    static final long LATE_MINUTES = 10;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.systemDefault());

    /**
     * How long a card that took another order's place ignores taps: the second tap of a quick double tap (or a
     * tap already on its way) was meant for the order that just moved on, not for the next one.
     */
    static final Duration SETTLE = Duration.ofMillis(500);

    private final QueueCard card;
    private final QueueViewModel model;
    private final Messages messages;
    private final Label number = new Label();
    private final Label waiting = new Label();
    private final Label check = new Label("✓");
    private final VBox lines = new VBox(2);
    private final Label meta = new Label();
    private final Label hint = new Label();
    private final Button cancel = new Button();
    private long shiftedInAt = Long.MIN_VALUE;

    OrderCard(QueueCard card, QueueViewModel model, Messages messages, Runnable onCancel) {
        this.card = card;
        this.model = model;
        this.messages = messages;
        setId("order-" + card.orderId());
        setUserData(card);
        getStyleClass().addAll(STYLE, card.status().code());
        setMaxWidth(Double.MAX_VALUE);
        setFillWidth(true);

        number.getStyleClass().add("queue-number");
        number.setId("number-" + card.orderId());
        waiting.getStyleClass().add("queue-waiting");
        check.getStyleClass().add("queue-check");
        check.managedProperty().bind(check.visibleProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, number, spacer, waiting, check);
        header.setAlignment(Pos.CENTER_LEFT);

        meta.getStyleClass().add("queue-meta");
        meta.setMaxWidth(Double.MAX_VALUE);
        hint.getStyleClass().add("queue-hint");
        hint.managedProperty().bind(hint.visibleProperty());
        VBox about = new VBox(2, meta, hint);
        HBox.setHgrow(about, Priority.ALWAYS);
        // Who and where beside the cancel button: one row less per card, so more orders fit on the screen.
        HBox footer = new HBox(8, about);
        footer.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(header, lines, footer);
        if (card.status().isOpen()) {
            cancel.setId("cancel-" + card.orderId());
            cancel.getStyleClass().add("queue-cancel");
            cancel.setMinWidth(Region.USE_PREF_SIZE);
            cancel.managedProperty().bind(cancel.visibleProperty());
            cancel.setOnAction(e -> onCancel.run());
            // The button's click must not also reach the card (which would move the order on).
            cancel.addEventHandler(MouseEvent.MOUSE_CLICKED, Event::consume);
            footer.getChildren().add(cancel);
        }
        setOnMouseClicked(e -> {
            // A swipe through the column is no tap; nor is a tap on a card that has just slid under the finger.
            if (e.isStillSincePress() && settled()) {
                model.tap(card);
            }
        });
        relabel();
    }

    QueueCard card() {
        return card;
    }

    /** This card now stands where another order stood. */
    void shiftedIn() {
        shiftedInAt = System.nanoTime();
    }

    private boolean settled() {
        return shiftedInAt == Long.MIN_VALUE || System.nanoTime() - shiftedInAt > SETTLE.toNanos();
    }

    void relabel() {
        number.setText(messages.get("queue.card.number", card.number()));
        lines.getChildren().clear();
        for (QueueLine line : card.lines()) {
            Label what = new Label(line.quantity() + " × " + line.product());
            what.getStyleClass().add("queue-line");
            lines.getChildren().add(what);
            if (!line.options().isEmpty()) {
                Label options = new Label(String.join(" · ", line.options()));
                options.getStyleClass().add("queue-options");
                lines.getChildren().add(options);
            }
            line.note().ifPresent(n -> {
                Label note = new Label(messages.get("queue.card.note", n));
                note.getStyleClass().add("queue-note");
                lines.getChildren().add(note);
            });
        }
        String till = messages.get("queue.card.till", card.till());
        meta.setText(card.customer().map(c -> messages.get("queue.card.customer", c) + " · " + till).orElse(till));
        hint.setText(card.status() == OrderStatus.PENDING ? messages.get("queue.card.hint.start")
                : card.status() == OrderStatus.PREPARING ? messages.get("queue.card.hint.complete") : "");
        cancel.setText(messages.get("queue.card.cancel"));
        updateWaiting();
        updateSelection();
    }

    /** Minutes since it was placed; a completed order shows when it was done instead. */
    void updateWaiting() {
        if (card.status() == OrderStatus.COMPLETED) {
            waiting.setText(messages.get("queue.card.completed_at", CLOCK.format(card.statusChangedAt())));
            getStyleClass().remove(LATE);
            return;
        }
        long minutes = model.minutesWaiting(card);
        waiting.setText(minutes == 0 ? messages.get("queue.card.just_now") : messages.get("queue.card.waiting", minutes));
        if (minutes >= LATE_MINUTES) {
            if (!getStyleClass().contains(LATE)) {
                getStyleClass().add(LATE);
            }
        } else {
            getStyleClass().remove(LATE);
        }
    }

    void updateSelection() {
        boolean selecting = model.selectingProperty().get();
        boolean ticked = model.selected().contains(card.orderId());
        check.setVisible(ticked);
        if (ticked) {
            if (!getStyleClass().contains(SELECTED)) {
                getStyleClass().add(SELECTED);
            }
        } else {
            getStyleClass().remove(SELECTED);
        }
        boolean locked = model.lockedProperty().get();
        hint.setVisible(!selecting && !locked && card.status().isOpen());
        // Ticking several cards is about the batch buttons; a card's own cancel would be a trap there.
        cancel.setVisible(!selecting);
        cancel.setDisable(locked);
    }
}
