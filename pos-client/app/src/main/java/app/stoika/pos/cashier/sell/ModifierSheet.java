package app.stoika.pos.cashier.sell;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import app.stoika.pos.catalog.ModifierGroupView;
import app.stoika.pos.catalog.ModifierOptionView;
import app.stoika.pos.catalog.ProductView;
import app.stoika.pos.shared.Money;
import app.stoika.pos.ui.Messages;
import app.stoika.pos.ui.MoneyText;

/**
 * The choices for a product with modifier groups (size, sugar, ice, toppings): one row of large toggle
 * buttons per group, defaults preselected. A group that allows one choice behaves like radio buttons; "Add"
 * stays disabled, and the group says what is missing, until every group has between its minimum and maximum.
 */
public final class ModifierSheet extends VBox {
    private final ProductView product;
    private final List<ModifierGroupView> groups;
    private final Messages messages;
    private final Map<Long, Set<ModifierOptionView>> chosen = new HashMap<>();
    private final Map<Long, Label> groupHints = new HashMap<>();
    private final Map<Long, List<ToggleButton>> buttons = new HashMap<>();
    private final Button add = new Button();

    public ModifierSheet(ProductView product, List<ModifierGroupView> groups, Messages messages,
                         Consumer<List<ModifierOptionView>> onAdd, Runnable onCancel) {
        this.product = product;
        this.groups = groups;
        this.messages = messages;
        setId("modifier-sheet");
        getStyleClass().add("modifier-sheet");
        setSpacing(10);

        Label title = new Label(product.name());
        title.getStyleClass().add("sheet-title");
        VBox body = new VBox(14);
        for (ModifierGroupView group : groups) {
            chosen.put(group.id(), new LinkedHashSet<>(group.defaults()));
            body.getChildren().add(groupRow(group));
        }
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setPrefViewportHeight(420);
        scroll.setPrefViewportWidth(640);
        VBox.setVgrow(scroll, Priority.ALWAYS);

        Button cancel = new Button(messages.get("common.cancel"));
        cancel.setId("modifiers-cancel");
        cancel.setOnAction(e -> onCancel.run());
        add.setId("modifiers-add");
        add.getStyleClass().add("accent");
        add.setOnAction(e -> {
            if (complete()) {
                onAdd.accept(selection());
            }
        });
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox actions = new HBox(10, cancel, grow, add);
        actions.setAlignment(Pos.CENTER_RIGHT);
        getChildren().addAll(title, scroll, actions);
        refresh();
    }

    private VBox groupRow(ModifierGroupView group) {
        Label name = new Label(group.name());
        name.getStyleClass().add("modifier-group-name");
        Label hint = new Label();
        hint.getStyleClass().add("modifier-group-hint");
        groupHints.put(group.id(), hint);
        HBox heading = new HBox(10, name, hint);
        heading.setAlignment(Pos.BASELINE_LEFT);
        FlowPane options = new FlowPane(8, 8);
        options.setPrefWrapLength(620);
        List<ToggleButton> toggles = new ArrayList<>();
        for (ModifierOptionView option : group.options()) {
            ToggleButton b = new ToggleButton(optionText(option));
            b.setId("option-" + option.id());
            b.getStyleClass().add("option-button");
            b.setUserData(option);
            b.setSelected(chosen.get(group.id()).contains(option));
            b.setOnAction(e -> toggle(group, option, b.isSelected()));
            toggles.add(b);
            options.getChildren().add(b);
        }
        buttons.put(group.id(), toggles);
        VBox row = new VBox(6, heading, options);
        row.setId("group-" + group.id());
        return row;
    }

    private String optionText(ModifierOptionView option) {
        return option.priceDelta().isZero() ? option.name()
                : option.name() + "  +" + MoneyText.format(option.priceDelta(), messages.locale());
    }

    private void toggle(ModifierGroupView group, ModifierOptionView option, boolean on) {
        Set<ModifierOptionView> set = chosen.get(group.id());
        if (on) {
            if (group.maxChoices() == 1) {
                set.clear(); // one choice: tapping another answer replaces the first, like a radio button
            } else if (set.size() >= group.maxChoices()) {
                refresh(); // already at the maximum: the tap is refused, and the hint says why
                groupHints.get(group.id()).setText(messages.get("modifiers.at_most", group.maxChoices()));
                return;
            }
            set.add(option);
        } else {
            set.remove(option);
        }
        refresh();
    }

    private void refresh() {
        for (ModifierGroupView group : groups) {
            Set<ModifierOptionView> set = chosen.get(group.id());
            for (ToggleButton b : buttons.get(group.id())) {
                b.setSelected(set.contains((ModifierOptionView) b.getUserData()));
            }
            Label hint = groupHints.get(group.id());
            hint.getStyleClass().remove("missing");
            if (set.size() < group.minChoices()) {
                hint.setText(group.minChoices() == 1 ? messages.get("modifiers.required")
                        : messages.get("modifiers.at_least", group.minChoices()));
                hint.getStyleClass().add("missing");
            } else if (group.maxChoices() > 1) {
                hint.setText(messages.get("modifiers.up_to", group.maxChoices()));
            } else {
                hint.setText("");
            }
        }
        Money price = product.price();
        for (ModifierOptionView option : selection()) {
            price = price.plus(option.priceDelta());
        }
        add.setText(messages.get("modifiers.add", MoneyText.format(price, messages.locale())));
        add.setDisable(!complete());
    }

    private boolean complete() {
        return groups.stream().allMatch(g -> {
            int n = chosen.get(g.id()).size();
            return n >= g.minChoices() && n <= g.maxChoices();
        });
    }

    private List<ModifierOptionView> selection() {
        List<ModifierOptionView> all = new ArrayList<>();
        for (ModifierGroupView group : groups) {
            all.addAll(chosen.get(group.id()));
        }
        return all;
    }
}
