package app.stoika.pos.catalogview;

import java.util.stream.Collectors;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import app.stoika.pos.availability.Blocker;
import app.stoika.pos.ui.Messages;
import app.stoika.pos.ui.MoneyText;
import app.stoika.pos.ui.Theme;

/** One product on the catalog screen: picture, name, price and whether it can be made. */
public final class ProductTile extends VBox {
    static final double IMAGE_WIDTH = 156;
    static final double IMAGE_HEIGHT = 104;

    private final ImageView image = new ImageView();
    private final ProductItem item;

    public ProductTile(ProductItem item, Messages messages) {
        this.item = item;
        getStyleClass().add(Theme.PRODUCT_TILE);
        setId("product-" + item.product().id());
        setUserData(item);
        setMinWidth(Region.USE_PREF_SIZE);
        setMaxWidth(Region.USE_PREF_SIZE);

        image.setFitWidth(IMAGE_WIDTH);
        image.setFitHeight(IMAGE_HEIGHT);
        image.setPreserveRatio(true);
        image.setSmooth(true);
        StackPane imageBox = new StackPane(image);
        imageBox.setMinHeight(IMAGE_HEIGHT);
        imageBox.setAlignment(Pos.CENTER);

        Label name = new Label(item.product().name());
        name.getStyleClass().add(Theme.PRODUCT_NAME);
        name.setMinHeight(Region.USE_PREF_SIZE);
        name.setMaxWidth(Double.MAX_VALUE);

        Label price = new Label(MoneyText.format(item.product().price(), messages.locale()));
        price.getStyleClass().add(Theme.PRICE);

        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);

        Label availability = new Label(availabilityText(item, messages));
        availability.getStyleClass().add(Theme.AVAILABILITY);
        availability.setMinHeight(Region.USE_PREF_SIZE);
        availability.setMaxWidth(Double.MAX_VALUE);

        if (!item.sellable()) {
            getStyleClass().add(Theme.UNAVAILABLE);
        } else if (item.runningLow()) {
            getStyleClass().add(Theme.RUNNING_LOW);
        }
        getChildren().addAll(imageBox, name, spacer, price, availability);
    }

    /** "Нет: Чизкейк" when it cannot be made, "осталось 3" when few portions remain, else nothing. */
    static String availabilityText(ProductItem item, Messages messages) {
        if (!item.sellable()) {
            String names = item.availability().blockers().stream().map(Blocker::name).collect(Collectors.joining(", "));
            return messages.get("catalog.product.unavailable", names);
        }
        if (item.runningLow()) {
            return messages.get("catalog.product.portions_left", item.availability().portionsLeft());
        }
        return "";
    }

    /** What this tile shows. */
    public ProductItem item() {
        return item;
    }

    /** A picture decoded by {@link #decode}. */
    public void showImage(Image picture) {
        image.setImage(picture);
    }

    /**
     * Decodes a product's picture at the size tiles show it (twice the tile's box, for sharp scaling). Any thread:
     * the cache decodes in the background, not on the FX thread.
     */
    static Image decode(byte[] bytes) {
        return new Image(new java.io.ByteArrayInputStream(bytes), IMAGE_WIDTH * 2, IMAGE_HEIGHT * 2, true, true);
    }
}
