package app.stoika.pos.availability;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import app.stoika.db.testing.DatabaseTest;
import app.stoika.db.testing.TestDatabase;
import app.stoika.pos.catalog.CatalogService;
import app.stoika.pos.catalog.HibernateCatalogRepository;
import app.stoika.pos.inventory.Unit;
import app.stoika.pos.persistence.DatabaseSettings;
import app.stoika.pos.persistence.PosDatabase;

/** Availability of the untouched demo café; scenarios that change stock are in {@link RestockTest}. */
@DatabaseTest(demoData = true)
class AvailabilityServiceTest {
    private static PosDatabase database;
    private static AvailabilityService availability;
    private static CatalogService catalog;
    private static TestDatabase testDatabase;

    @BeforeAll
    static void open(TestDatabase db) {
        testDatabase = db;
        database = PosDatabase.open(new DatabaseSettings(db.jdbcUrl(), db.user(), null, 2));
        availability = new AvailabilityService(database.transactions(),
                new HibernateAvailabilityRepository(database.sessionFactory()));
        catalog = new CatalogService(database.transactions(), new HibernateCatalogRepository(database.sessionFactory()));
    }

    @AfterAll
    static void close() {
        database.close();
    }

    private static ProductAvailability of(String productName) {
        long id = catalog.activeProducts().stream().filter(p -> p.name().equals(productName)).findFirst().orElseThrow().id();
        return availability.forActiveProducts().get(id);
    }

    @Test
    void everyActiveProductHasAnAnswer() {
        Map<Long, ProductAvailability> all = availability.forActiveProducts();
        assertThat(all).hasSize(30);
        assertThat(all.values()).filteredOn(ProductAvailability::sellable).hasSize(29);
    }

    @Test
    void theLastCheesecakeIsKeptAtItsThreshold() {
        // 1 on hand, threshold 1: selling one would go below the minimum.
        ProductAvailability cheesecake = of("Чизкейк");
        assertThat(cheesecake.sellable()).isFalse();
        assertThat(cheesecake.portionsLeft()).isZero();
        assertThat(cheesecake.blockers()).singleElement().satisfies(b -> {
            assertThat(b.name()).isEqualTo("Чизкейк");
            assertThat(b.unit()).isEqualTo(Unit.PIECE);
            assertThat(b.neededPerPortion()).isEqualByComparingTo("1");
            assertThat(b.available()).isEqualByComparingTo("0");
        });
    }

    @Test
    void portionsLeftIsTheScarcestIngredient() {
        // Mango purée: 700 ml on hand, threshold 300 → 400 spare; 60 ml per tea → 6, 120 ml per smoothie → 3.
        assertThat(of("Манго зелёный чай").portionsLeft()).isEqualTo(6);
        assertThat(of("Манго смузи").portionsLeft()).isEqualTo(3);
        // Matcha: 400 g, threshold 50 → 350 spare; 6 g per latte → 58.
        assertThat(of("Матча латте с тапиокой").portionsLeft()).isEqualTo(58);
        // Croissant: 12 pieces, threshold 2 → 10.
        assertThat(of("Круассан").portionsLeft()).isEqualTo(10);
    }

    @Test
    void defaultOptionsOfRequiredGroupsCount() {
        // A latte's milk comes from the required milk group's default option (180 ml): 38 000 ml spare → 211.
        // Without it the latte would be limited by coffee beans: 4 500 g / 18 g = 250.
        assertThat(of("Латте").portionsLeft()).isEqualTo(211);
    }

    @Test
    void productsWithPlentyAreCappedForDisplay() {
        db().execute("insert into pos.product (category_id, name, price_minor) select id, 'Подарочная карта', 100000 from pos.category where name = 'Закуски'");
        try {
            ProductAvailability noRecipe = of("Подарочная карта");
            assertThat(noRecipe.sellable()).isTrue();
            assertThat(noRecipe.portionsLeft()).isEqualTo(ProductAvailability.MAX_PORTIONS);
        } finally {
            db().execute("delete from pos.product where name = 'Подарочная карта'");
        }
    }

    @Test
    void lowStockListsIngredientsAtOrBelowThreshold() {
        List<LowStockIngredient> low = availability.lowStock();
        assertThat(low).extracting(LowStockIngredient::name).containsExactly("Чизкейк");
        assertThat(low.get(0).onHand()).isEqualByComparingTo(BigDecimal.ONE);
        assertThat(low.get(0).minThreshold()).isEqualByComparingTo(BigDecimal.ONE);
    }

    @Test
    void theRuleForOneProduct() {
        RecipeNeed milk = new RecipeNeed(1, 10, "Молоко", Unit.MILLILITRE, new BigDecimal("150"),
                new BigDecimal("2449.999"), new BigDecimal("2000"));
        RecipeNeed tea = new RecipeNeed(1, 11, "Чай", Unit.GRAM, new BigDecimal("8"),
                new BigDecimal("208"), new BigDecimal("200"));
        ProductAvailability a = AvailabilityService.evaluate(1, List.of(milk, tea));
        assertThat(a.sellable()).isTrue();
        assertThat(a.portionsLeft()).isEqualTo(1); // tea: exactly one portion keeps 200 g
        assertThat(milk.portions()).isEqualTo(2);  // 449.999 / 150 → 2

        RecipeNeed shortTea = new RecipeNeed(1, 11, "Чай", Unit.GRAM, new BigDecimal("8"),
                new BigDecimal("207.999"), new BigDecimal("200"));
        ProductAvailability b = AvailabilityService.evaluate(1, List.of(milk, shortTea));
        assertThat(b.sellable()).isFalse();
        assertThat(b.blockers()).extracting(Blocker::name).containsExactly("Чай");
        assertThat(b.blockers().get(0).available()).isEqualByComparingTo("7.999");

        RecipeNeed belowThreshold = new RecipeNeed(1, 12, "Лёд", Unit.GRAM, BigDecimal.TEN, BigDecimal.ONE, BigDecimal.TEN);
        assertThat(belowThreshold.portions()).isZero();
        assertThat(belowThreshold.available()).isEqualByComparingTo("0");
    }

    private static TestDatabase db() {
        return testDatabase;
    }
}
