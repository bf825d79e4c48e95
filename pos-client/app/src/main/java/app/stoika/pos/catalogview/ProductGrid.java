package app.stoika.pos.catalogview;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javafx.geometry.Pos;
import javafx.scene.layout.FlowPane;

import app.stoika.pos.ui.Messages;

/**
 * The product tiles of a menu screen. A tile is kept while its product and availability stay the same, so
 * switching categories, or a sale at another till that changes a few products' portions, re-shows the tiles it
 * already has instead of building all of them again (building a tile and decoding its picture is what made a
 * category switch slow). Tiles of products not shown stay for the next switch (at most one per product). Pictures
 * come decoded from {@link ProductPictures}.
 */
public final class ProductGrid extends FlowPane {
    private final ProductPictures pictures;
    private final Messages messages;
    private final Consumer<ProductItem> onTap;
    private final Map<Long, ProductTile> tiles = new HashMap<>();
    private long picturesGeneration;

    /** {@code onTap} may be null: the tiles only show the menu. */
    public ProductGrid(ProductPictures pictures, Messages messages, Consumer<ProductItem> onTap) {
        this.pictures = pictures;
        this.messages = messages;
        this.onTap = onTap;
        setId("products");
        getStyleClass().add("product-grid");
        setAlignment(Pos.TOP_LEFT);
        messages.localeProperty().addListener((obs, old, now) -> tiles.clear()); // their texts are in the old language
    }

    /** Shows these products in this order. */
    public void show(List<ProductItem> items) {
        if (picturesGeneration != pictures.generation()) {
            picturesGeneration = pictures.generation();
            tiles.clear();
        }
        List<ProductTile> next = new ArrayList<>(items.size());
        for (ProductItem item : items) {
            long id = item.product().id();
            ProductTile tile = tiles.get(id);
            if (tile == null || !tile.item().equals(item)) {
                tile = newTile(item); // new, or its price, name or availability changed
                tiles.put(id, tile);
            }
            next.add(tile);
        }
        if (!getChildren().equals(next)) {
            getChildren().setAll(next);
        }
    }

    private ProductTile newTile(ProductItem item) {
        ProductTile tile = new ProductTile(item, messages);
        if (onTap != null) {
            tile.setOnMouseClicked(e -> onTap.accept(item));
        }
        pictures.picture(item.product().id(), picture -> picture.ifPresent(tile::showImage));
        return tile;
    }
}
