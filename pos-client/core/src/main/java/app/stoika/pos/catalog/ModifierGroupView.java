package app.stoika.pos.catalog;

import java.util.List;

/** A question asked when the product is added (size, sugar...), with its active options in order. */
public record ModifierGroupView(long id, String name, boolean required, int minChoices, int maxChoices,
                                List<ModifierOptionView> options) {
    public ModifierGroupView {
        options = List.copyOf(options);
    }

    /** The options preselected for the cashier. */
    public List<ModifierOptionView> defaults() {
        return options.stream().filter(ModifierOptionView::isDefault).toList();
    }
}
