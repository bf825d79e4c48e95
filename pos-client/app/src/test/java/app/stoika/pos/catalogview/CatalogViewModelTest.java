package app.stoika.pos.catalogview;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

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

    @BeforeAll
    static void open(TestDatabase db) {
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
}
