package app.stoika.pos.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import app.stoika.db.testing.DatabaseTest;
import app.stoika.db.testing.TestDatabase;
import app.stoika.pos.persistence.DatabaseSettings;
import app.stoika.pos.persistence.PosDatabase;
import app.stoika.pos.shared.Money;

@DatabaseTest(demoData = true)
class CatalogServiceTest {
    private static PosDatabase database;
    private static CatalogService catalog;
    private static TestDatabase db;

    @BeforeAll
    static void open(TestDatabase testDatabase) {
        db = testDatabase;
        database = PosDatabase.open(new DatabaseSettings(db.jdbcUrl(), db.user(), null, 2));
        catalog = new CatalogService(database.transactions(), new HibernateCatalogRepository(database.sessionFactory()));
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Test
    void categoriesComeInTheCafésOrder() {
        assertThat(catalog.activeCategories()).extracting(CategoryView::name)
                .containsExactly("Бабл ти", "Кофе", "Смузи", "Закуски");
    }

    @Test
    void productsCarryPriceInTheCafésCurrencyAndWhetherTheyHaveModifiers() {
        List<ProductView> all = catalog.activeProducts();
        assertThat(all).hasSize(30);
        ProductView first = all.get(0);
        assertThat(first.name()).isEqualTo("Классический молочный чай");
        assertThat(first.price()).isEqualTo(Money.rub(29000));
        assertThat(first.barcode()).contains("4600000000011");
        assertThat(first.hasModifiers()).isTrue();
        assertThat(first.description()).contains("tapioca");
        ProductView espresso = all.stream().filter(p -> p.name().equals("Эспрессо")).findFirst().orElseThrow();
        assertThat(espresso.hasModifiers()).isFalse();
    }

    @Test
    void productsOfOneCategoryInMenuOrder() {
        long coffee = catalog.activeCategories().get(1).id();
        List<ProductView> coffees = catalog.activeProducts(coffee);
        assertThat(coffees).hasSize(8).allMatch(p -> p.categoryId() == coffee);
        assertThat(coffees.get(0).name()).isEqualTo("Эспрессо");
        assertThat(catalog.activeProducts(999_999)).isEmpty();
    }

    @Test
    void inactiveProductsAndCategoriesAreNotListed() {
        db.execute("update pos.product set active = false where name = 'Моти'");
        try {
            assertThat(catalog.activeProducts()).extracting(ProductView::name).doesNotContain("Моти").hasSize(29);
        } finally {
            db.execute("update pos.product set active = true where name = 'Моти'");
        }
    }

    @Test
    void modifierGroupsWithOptionsForTheModifiersSheet() {
        long milkTea = catalog.findByBarcode("4600000000011").orElseThrow().id();
        List<ModifierGroupView> groups = catalog.modifierGroups(milkTea);
        assertThat(groups).extracting(ModifierGroupView::name).containsExactly("Размер", "Сахар", "Лёд", "Топпинги");
        ModifierGroupView size = groups.get(0);
        assertThat(size.required()).isTrue();
        assertThat(size.minChoices()).isEqualTo(1);
        assertThat(size.maxChoices()).isEqualTo(1);
        assertThat(size.options()).extracting(ModifierOptionView::name).containsExactly("M 500 мл", "L 700 мл");
        assertThat(size.defaults()).extracting(ModifierOptionView::name).containsExactly("M 500 мл");
        assertThat(size.options().get(1).priceDelta()).isEqualTo(Money.rub(6000));
        ModifierGroupView toppings = groups.get(3);
        assertThat(toppings.required()).isFalse();
        assertThat(toppings.maxChoices()).isEqualTo(3);
        assertThat(toppings.defaults()).isEmpty();

        long espresso = catalog.findByBarcode("4600000000110").orElseThrow().id();
        assertThat(catalog.modifierGroups(espresso)).isEmpty();
    }

    @Test
    void imagesArePngBytesAndMissingOnesAreEmpty() {
        long id = catalog.activeProducts().get(0).id();
        byte[] png = catalog.image(id).orElseThrow();
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        assertThat(catalog.image(999_999)).isEmpty();
    }

    @Test
    void barcodeLookup() {
        assertThat(catalog.findByBarcode("4600000000257")).map(ProductView::name).contains("Чизкейк");
        assertThat(catalog.findByBarcode(" 4600000000257\n")).map(ProductView::name).contains("Чизкейк");
        assertThat(catalog.findByBarcode("0000000000000")).isEmpty();
        assertThat(catalog.findByBarcode("'; drop table pos.product; --")).isEmpty();
        assertThat(catalog.findByBarcode("")).isEmpty();
        assertThat(catalog.findByBarcode(null)).isEmpty();
        assertThat(catalog.activeProducts()).hasSize(30);
    }
}
