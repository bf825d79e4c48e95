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
import app.stoika.pos.catalog.CategoryView;
import app.stoika.pos.persistence.DatabaseSettings;
import app.stoika.pos.ui.Messages;
import app.stoika.pos.ui.SameThreadTaskExecutor;

/** The view-model without any controls: properties and commands only. */
@DatabaseTest(demoData = true)
class CatalogViewModelTest {
    private static DatabaseSettings settings;
    private static AppContext context;
    private static TestDatabase database;

    @BeforeAll
    static void open(TestDatabase db) {
        database = db;
        settings = new DatabaseSettings(db.jdbcUrl(), db.user(), null, 2);
        context = AppContext.open(settings, new SameThreadTaskExecutor(), new Messages(Messages.RUSSIAN));
    }

    @AfterAll
    static void close() {
        context.close();
    }

    @Test
    void refreshLoadsEverythingAndCategoriesFilter() {
        CatalogViewModel model = context.catalogViewModel();
        assertThat(model.loadedProperty().get()).isFalse();
        model.refresh();
        assertThat(model.loadedProperty().get()).isTrue();
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(model.categories()).hasSize(4);
        assertThat(model.visibleProducts()).hasSize(30);
        assertThat(model.lowStock()).extracting(i -> i.name()).containsExactly("Чизкейк");

        CategoryView snacks = model.categories().get(3);
        model.selectedCategoryProperty().set(snacks);
        assertThat(model.visibleProducts()).hasSize(7).allMatch(i -> i.product().categoryId() == snacks.id());
    }

    @Test
    void searchReplacesTheListAndClearingRestoresIt() {
        CatalogViewModel model = context.catalogViewModel();
        model.refresh();
        model.searchTextProperty().set("cheesecake");
        assertThat(model.isSearching()).isTrue();
        assertThat(model.visibleProducts()).first().satisfies(i -> {
            assertThat(i.product().name()).isEqualTo("Чизкейк");
            assertThat(i.sellable()).isFalse();
        });
        model.searchTextProperty().set("  ");
        assertThat(model.isSearching()).isFalse();
        assertThat(model.visibleProducts()).hasSize(30);
    }

    @Test
    void aDatabaseFailureBecomesAFailureNotAnException() {
        AppContext broken = AppContext.open(settings, new SameThreadTaskExecutor(), new Messages(Messages.RUSSIAN));
        CatalogViewModel model = broken.catalogViewModel();
        broken.close();
        model.refresh();
        assertThat(model.failureProperty().get()).isNotNull();
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(model.loadedProperty().get()).isFalse();
        assertThat(new Messages(Messages.RUSSIAN).describe(model.failureProperty().get())).doesNotContain("Exception");
    }

    /**
     * Every sale at another till refreshes the menu; reading and decoding every picture again each time made the
     * till stutter. A picture is read once and kept until it may have changed (a notification about
     * product_image), then the new one is shown.
     */
    @Test
    void picturesAreReadOnceAndKeptAcrossRefreshesUntilForgotten() throws Exception {
        FxToolkit.registerPrimaryStage(); // pictures are decoded by the JavaFX toolkit
        CatalogViewModel model = context.catalogViewModel();
        model.refresh();
        long id = model.visibleProducts().get(0).product().id();
        Image first = picture(model, id);
        assertThat(first.getWidth()).as("the demo pictures are square").isEqualTo(first.getHeight()).isPositive();

        database.execute("update pos.product_image set data = '\\x" + tallPng() + "' where product_id = " + id);
        model.refresh();
        assertThat(picture(model, id)).as("after a refresh, the decoded picture is reused").isSameAs(first);

        model.forgetPictures();
        Image changed = picture(model, id);
        assertThat(changed.getHeight()).as("the new picture, twice as tall as wide").isEqualTo(changed.getWidth() * 2);
    }

    private static Image picture(CatalogViewModel model, long productId) {
        AtomicReference<Optional<Image>> result = new AtomicReference<>();
        model.picture(productId, result::set); // the same-thread executor answers at once
        return result.get().orElseThrow();
    }

    private static String tallPng() throws Exception {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(40, 80, BufferedImage.TYPE_INT_RGB), "png", png);
        return java.util.HexFormat.of().formatHex(png.toByteArray());
    }
}
