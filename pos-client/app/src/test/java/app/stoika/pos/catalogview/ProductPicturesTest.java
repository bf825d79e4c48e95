package app.stoika.pos.catalogview;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import javax.imageio.ImageIO;

import javafx.scene.image.Image;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

import app.stoika.db.testing.DatabaseTest;
import app.stoika.db.testing.TestDatabase;
import app.stoika.pos.app.AppContext;
import app.stoika.pos.persistence.DatabaseSettings;
import app.stoika.pos.ui.Messages;
import app.stoika.pos.ui.SameThreadTaskExecutor;

/** The picture cache against the demo café's database, with the real JavaFX image decoder. */
@DatabaseTest(demoData = true)
class ProductPicturesTest {
    private static TestDatabase database;
    private static AppContext context;

    @BeforeAll
    static void open(TestDatabase db) throws Exception {
        database = db;
        FxToolkit.registerPrimaryStage(); // pictures are decoded by the JavaFX toolkit
        context = AppContext.open(new DatabaseSettings(db.jdbcUrl(), db.user(), null, 2), new SameThreadTaskExecutor(),
                new Messages(Messages.RUSSIAN));
    }

    @AfterAll
    static void close() {
        context.close();
    }

    /**
     * Every sale at another till refreshes the menu; reading and decoding every picture again each time made the
     * till stutter. A picture is read once and kept until it may have changed (a notification about
     * product_image), then the new one is shown.
     */
    @Test
    void picturesAreReadOnceAndKeptAcrossRefreshesUntilForgotten() throws Exception {
        CatalogViewModel model = context.catalogViewModel();
        ProductPictures pictures = context.pictures();
        model.refresh();
        long id = model.visibleProducts().get(0).product().id();
        Image first = picture(pictures, id);
        assertThat(first.getWidth()).as("the demo pictures are square").isEqualTo(first.getHeight()).isPositive();

        database.execute("update pos.product_image set data = '\\x" + tallPng() + "' where product_id = " + id);
        model.refresh();
        assertThat(picture(pictures, id)).as("after a refresh, the decoded picture is reused").isSameAs(first);

        pictures.forget();
        Image changed = picture(pictures, id);
        assertThat(changed.getHeight()).as("the new picture, twice as tall as wide").isEqualTo(changed.getWidth() * 2);
    }

    private static Image picture(ProductPictures pictures, long productId) {
        AtomicReference<Optional<Image>> result = new AtomicReference<>();
        pictures.picture(productId, result::set); // the same-thread executor answers at once
        return result.get().orElseThrow();
    }

    private static String tallPng() throws Exception {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(40, 80, BufferedImage.TYPE_INT_RGB), "png", png);
        return java.util.HexFormat.of().formatHex(png.toByteArray());
    }
}
