package app.stoika.pos.queue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.SetChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import atlantafx.base.theme.Styles;

import app.stoika.pos.events.ConnectionState;
import app.stoika.pos.order.Disposition;
import app.stoika.pos.order.OrderStatus;
import app.stoika.pos.ui.Messages;

/**
 * The barista's queue: three columns (waiting, preparing, ready), one large card per order. A tap moves an
 * order on; "Select" switches to ticking several cards to complete or cancel them together. Banners say what
 * went wrong, that the screen is locked, or that live updates are off. Waiting times tick every 30 s
 * without reading the database.
 */
public final class QueueView extends BorderPane {
    static final Duration TICK = Duration.seconds(30);

    private final QueueViewModel model;
    private final Messages messages;

    private final Label title = new Label();
    private final ProgressIndicator progress = new ProgressIndicator();
    private final Label selectedCount = new Label();
    private final ToggleButton select = new ToggleButton();
    private final Button completeSelected = new Button();
    private final Button cancelSelected = new Button();
    private final Button refresh = new Button();
    private final Column pendingColumn;
    private final Column preparingColumn;
    private final Column completedColumn;
    private final CancelSheet cancelSheet;
    private final Label error = new Label();
    private final Button dismiss = new Button("✕");
    private final HBox errorBanner;
    private final Label offline = new Label();
    private final Label locked = new Label();
    private final Map<Long, OrderCard> cards = new HashMap<>();
    private final Timeline ticker;

    public QueueView(QueueViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.pendingColumn = new Column("column-pending", model.pending());
        this.preparingColumn = new Column("column-preparing", model.preparing());
        this.completedColumn = new Column("column-completed", model.completed());
        this.cancelSheet = new CancelSheet(messages);
        this.errorBanner = errorBanner();
        // The queue's own rules (large cards, columns) travel with the view, wherever it is shown.
        getStylesheets().add(QueueView.class.getResource("queue.css").toExternalForm());
        setTop(topBar());
        setCenter(new StackPane(board(), cancelSheet));
        setBottom(new VBox(errorBanner, banner(offline, "offline"), banner(locked, "locked")));
        bind();
        relabel();
        ticker = new Timeline(new KeyFrame(TICK, e -> model.tick()));
        ticker.setCycleCount(Animation.INDEFINITE);
        // Tick only while shown, so a closed window leaves no timer behind.
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene == null) {
                ticker.stop();
            } else {
                ticker.play();
            }
        });
    }

    private HBox topBar() {
        title.getStyleClass().add("app-title");
        // The title gives way (ellipsis) before any button does on a narrow screen.
        title.setMinWidth(0);
        progress.setId("busy");
        progress.setPrefSize(36, 36);
        progress.setMinSize(36, 36);
        selectedCount.setId("selected-count");
        selectedCount.setMinWidth(Region.USE_PREF_SIZE);
        select.setId("select");
        select.setMinWidth(Region.USE_PREF_SIZE);
        completeSelected.setId("complete-selected");
        completeSelected.getStyleClass().add(Styles.SUCCESS);
        completeSelected.setMinWidth(Region.USE_PREF_SIZE);
        completeSelected.setOnAction(e -> model.completeSelected());
        cancelSelected.setId("cancel-selected");
        cancelSelected.getStyleClass().add(Styles.DANGER);
        cancelSelected.setMinWidth(Region.USE_PREF_SIZE);
        cancelSelected.setOnAction(e -> openCancelSelected());
        refresh.setId("refresh");
        refresh.setMinWidth(Region.USE_PREF_SIZE);
        refresh.setOnAction(e -> model.refresh());
        for (var n : List.of(selectedCount, completeSelected, cancelSelected)) {
            n.managedProperty().bind(n.visibleProperty());
            n.visibleProperty().bind(model.selectingProperty());
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(title, spacer, progress, selectedCount, completeSelected, cancelSelected, select, refresh);
        bar.getStyleClass().add("top-bar");
        return bar;
    }

    private GridPane board() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("queue-board");
        for (int i = 0; i < 3; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(100.0 / 3);
            c.setFillWidth(true);
            grid.getColumnConstraints().add(c);
        }
        RowConstraints row = new RowConstraints();
        row.setVgrow(Priority.ALWAYS);
        row.setFillHeight(true);
        grid.getRowConstraints().add(row);
        grid.add(pendingColumn, 0, 0);
        grid.add(preparingColumn, 1, 0);
        grid.add(completedColumn, 2, 0);
        return grid;
    }

    private HBox errorBanner() {
        error.setId("error");
        error.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(error, Priority.ALWAYS);
        dismiss.setId("dismiss-error");
        dismiss.getStyleClass().addAll(Styles.FLAT);
        dismiss.setMinSize(48, 48);
        dismiss.setOnAction(e -> model.dismissFailure());
        HBox box = new HBox(error, dismiss);
        box.setId("error-banner");
        box.getStyleClass().addAll("queue-banner", "error-banner");
        box.managedProperty().bind(box.visibleProperty());
        box.setVisible(false);
        return box;
    }

    private HBox banner(Label label, String id) {
        label.setId(id);
        label.setMaxWidth(Double.MAX_VALUE);
        label.setMinHeight(48);
        HBox box = new HBox(label);
        box.getStyleClass().addAll("queue-banner", "warning-banner");
        box.managedProperty().bind(box.visibleProperty());
        box.visibleProperty().bind(label.visibleProperty());
        label.setVisible(false);
        return box;
    }

    private void bind() {
        progress.visibleProperty().bind(model.busyProperty());
        select.selectedProperty().bindBidirectional(model.selectingProperty());
        model.selectingProperty().addListener((obs, was, now) -> renderSelection());
        model.selected().addListener((SetChangeListener<Long>) c -> renderSelection());
        model.lockedProperty().addListener((obs, was, now) -> renderSelection());
        model.failureProperty().addListener((obs, old, now) -> renderError());
        model.connectionProperty().addListener((obs, old, now) -> offline.setVisible(now == ConnectionState.DOWN));
        offline.setVisible(model.connectionProperty().get() == ConnectionState.DOWN);
        model.nowProperty().addListener((obs, old, now) -> cards.values().forEach(OrderCard::updateWaiting));
        model.loadedProperty().addListener((obs, old, now) -> renderColumns());
        messages.localeProperty().addListener((obs, old, now) -> relabel());
    }

    private void relabel() {
        title.setText(messages.get("queue.title"));
        select.setText(messages.get("queue.select"));
        completeSelected.setText(messages.get("queue.complete_selected"));
        cancelSelected.setText(messages.get("queue.cancel_selected"));
        refresh.setText(messages.get("queue.refresh"));
        dismiss.setAccessibleText(messages.get("queue.dismiss"));
        offline.setText(messages.get("queue.offline"));
        locked.setText(messages.get("queue.locked"));
        cancelSheet.relabel();
        renderColumns();
        renderSelection();
        renderError();
    }

    private void renderColumns() {
        pendingColumn.render();
        preparingColumn.render();
        completedColumn.render();
    }

    private void renderSelection() {
        int n = model.selected().size();
        selectedCount.setText(messages.get("queue.selected", n));
        boolean off = model.lockedProperty().get();
        completeSelected.setDisable(off || n == 0);
        cancelSelected.setDisable(off || n == 0);
        select.setDisable(off);
        locked.setVisible(off);
        cards.values().forEach(OrderCard::updateSelection);
    }

    private void renderError() {
        Throwable failure = model.failureProperty().get();
        errorBanner.setVisible(failure != null);
        if (failure == null) {
            error.setText("");
        } else if (model.batchFailedProperty().get()) {
            error.setText(messages.get("queue.batch_failed", messages.describe(failure)));
        } else {
            error.setText(messages.describe(failure));
        }
    }

    private void openCancel(QueueCard card) {
        if (model.lockedProperty().get()) {
            return;
        }
        boolean preparing = card.status() == OrderStatus.PREPARING;
        cancelSheet.open(() -> messages.get("queue.cancel.title", card.number()), preparing,
                preparing ? Disposition.WASTE : Disposition.RETURN_TO_STOCK,
                (reason, disposition) -> model.cancel(card, reason, disposition));
    }

    private void openCancelSelected() {
        int n = model.selected().size();
        if (n == 0 || model.lockedProperty().get()) {
            return;
        }
        boolean anyPreparing = model.selected().stream()
                .anyMatch(id -> model.find(id).map(c -> c.status() == OrderStatus.PREPARING).orElse(false));
        cancelSheet.open(() -> messages.get("queue.cancel.title_many", n), false,
                anyPreparing ? Disposition.WASTE : Disposition.RETURN_TO_STOCK, model::cancelSelected);
    }

    /** One column: a heading with the count, and the cards (or a line saying there are none). */
    private final class Column extends VBox {
        private final ObservableList<QueueCard> source;
        private final Label heading = new Label();
        private final VBox list = new VBox();
        private final Label empty = new Label();

        Column(String id, ObservableList<QueueCard> source) {
            this.source = source;
            setId(id);
            getStyleClass().add("queue-column");
            heading.getStyleClass().add("queue-column-title");
            heading.setId(id + "-title");
            list.getStyleClass().add("queue-cards");
            list.setId(id + "-cards");
            list.setFillWidth(true);
            empty.getStyleClass().add("queue-empty");
            empty.setWrapText(true);
            ScrollPane scroll = new ScrollPane(list);
            scroll.setFitToWidth(true);
            scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
            VBox.setVgrow(scroll, Priority.ALWAYS);
            setAlignment(Pos.TOP_LEFT);
            setMinWidth(0);
            getChildren().addAll(heading, scroll);
            source.addListener((ListChangeListener<QueueCard>) c -> render());
        }

        /**
         * Shows the column's cards, keeping the node of every order whose card did not change (so a tap that
         * is under way when a notification redraws the board still lands). A card that takes the place of a
         * different order (the one above it moved on) ignores taps for a moment: see {@link OrderCard}.
         */
        void render() {
            Map<Long, OrderCard> before = new HashMap<>();
            List<Long> placesBefore = new ArrayList<>();
            for (var node : list.getChildren()) {
                if (node instanceof OrderCard card) {
                    before.put(card.card().orderId(), card);
                    placesBefore.add(card.card().orderId());
                    cards.remove(card.card().orderId());
                }
            }
            List<Node> nodes = new ArrayList<>();
            for (QueueCard c : source) {
                OrderCard card = before.get(c.orderId());
                if (card == null || !card.card().equals(c)) {
                    card = new OrderCard(c, model, messages, () -> openCancel(c));
                } else {
                    card.relabel();
                }
                int place = nodes.size();
                if (place < placesBefore.size() && placesBefore.get(place) != c.orderId()) {
                    card.shiftedIn();
                }
                cards.put(c.orderId(), card);
                nodes.add(card);
            }
            heading.setText(headingText(source.size()));
            if (source.isEmpty()) {
                empty.setText(model.loadedProperty().get() ? messages.get("queue.column.empty") : messages.get("queue.loading"));
                nodes.add(empty);
            }
            list.getChildren().setAll(nodes);
        }

        private String headingText(int count) {
            if (this == pendingColumn) {
                return messages.get("queue.column.pending", count);
            }
            if (this == preparingColumn) {
                return messages.get("queue.column.preparing", count);
            }
            return messages.get("queue.column.completed", count);
        }
    }
}
