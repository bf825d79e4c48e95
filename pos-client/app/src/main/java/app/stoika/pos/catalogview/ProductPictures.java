package app.stoika.pos.catalogview;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.scene.image.Image;

import app.stoika.pos.catalog.CatalogService;
import app.stoika.pos.ui.TaskExecutor;

/**
 * The products' pictures, read and decoded in the background once and kept: a sale at another till refreshes the
 * menu, and reading and decoding every picture again on the FX thread made the till stutter. One per till, shared by
 * the sell screen and the menu window. Use on the UI thread.
 */
public final class ProductPictures {
    private final CatalogService catalog;
    private final TaskExecutor tasks;
    private final Map<Long, Optional<Image>> decoded = new HashMap<>();
    /** Callbacks waiting for a picture being loaded, so a picture is loaded once however often it is asked for. */
    private final Map<Long, List<Consumer<Optional<Image>>>> loading = new HashMap<>();
    private long generation;

    public ProductPictures(CatalogService catalog, TaskExecutor tasks) {
        this.catalog = catalog;
        this.tasks = tasks;
    }

    /** The product's picture (empty when it has none or it could not be read); the callback may run later. */
    public void picture(long productId, Consumer<Optional<Image>> callback) {
        Optional<Image> cached = decoded.get(productId);
        if (cached != null) {
            callback.accept(cached);
            return;
        }
        List<Consumer<Optional<Image>>> waiting = loading.get(productId);
        if (waiting != null) {
            waiting.add(callback);
            return;
        }
        List<Consumer<Optional<Image>>> callbacks = new ArrayList<>(List.of(callback));
        loading.put(productId, callbacks);
        long asked = generation;
        tasks.execute(() -> catalog.image(productId).map(ProductTile::decode), picture -> {
            if (asked == generation) {
                decoded.put(productId, picture);
            }
            loading.remove(productId, callbacks);
            callbacks.forEach(c -> c.accept(picture));
        }, e -> {
            loading.remove(productId, callbacks);
            callbacks.forEach(c -> c.accept(Optional.empty()));
        });
    }

    /** Pictures changed in the database (or may have, after a lost connection): read them again when next shown. */
    public void forget() {
        generation++;
        decoded.clear();
        loading.clear();
    }

    /** Changes whenever {@link #forget()} runs, so screens can drop tiles that show old pictures. */
    public long generation() {
        return generation;
    }
}
