package app.stoika.pos.catalogview;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import app.stoika.pos.availability.LowStockIngredient;
import app.stoika.pos.ui.Messages;
import app.stoika.pos.ui.Theme;

/** Ingredients at or below their minimum: what to order next. */
final class LowStockPanel extends VBox {
    private final Messages messages;
    private final Label title = new Label();
    private final VBox items = new VBox(6);
    private List<LowStockIngredient> shown = List.of();

    LowStockPanel(Messages messages) {
        this.messages = messages;
        setId("low-stock");
        getStyleClass().add(Theme.SIDE_PANEL);
        setPrefWidth(220);
        setMinWidth(180);
        title.getStyleClass().add(Theme.PANEL_TITLE);
        title.setWrapText(true);
        ScrollPane scroll = new ScrollPane(items);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setStyle("-fx-background-color: transparent; -fx-background: transparent;");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(title, scroll);
    }

    void show(List<LowStockIngredient> ingredients) {
        shown = List.copyOf(ingredients);
        relabel();
    }

    void relabel() {
        title.setText(messages.get("catalog.low_stock.title"));
        items.getChildren().clear();
        if (shown.isEmpty()) {
            Label none = new Label(messages.get("catalog.low_stock.none"));
            none.setWrapText(true);
            none.getStyleClass().add("status-text");
            items.getChildren().add(none);
            return;
        }
        for (LowStockIngredient i : shown) {
            String unit = messages.get("unit." + i.unit().code());
            Label line = new Label(messages.get("catalog.low_stock.item", i.name(), amount(i.onHand()), unit,
                    amount(i.minThreshold())));
            line.getStyleClass().add(Theme.LOW_STOCK_ITEM);
            line.setMaxWidth(Double.MAX_VALUE);
            items.getChildren().add(line);
        }
    }

    private String amount(BigDecimal value) {
        NumberFormat f = NumberFormat.getNumberInstance(messages.locale() == null ? Locale.ROOT : messages.locale());
        f.setMaximumFractionDigits(3);
        return f.format(value);
    }
}
