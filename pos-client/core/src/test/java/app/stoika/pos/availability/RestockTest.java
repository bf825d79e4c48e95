package app.stoika.pos.availability;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import app.stoika.db.testing.DatabaseTest;
import app.stoika.db.testing.TestDatabase;
import app.stoika.pos.catalog.CatalogService;
import app.stoika.pos.catalog.HibernateCatalogRepository;
import app.stoika.pos.catalog.ProductView;
import app.stoika.pos.persistence.DatabaseSettings;
import app.stoika.pos.persistence.PosDatabase;

/** Stock runs short, the product becomes unsellable; a receipt makes it sellable again. */
@DatabaseTest(demoData = true)
class RestockTest {
    private static TestDatabase db;
    private static PosDatabase database;
    private static AvailabilityService availability;
    private static CatalogService catalog;

    @BeforeAll
    static void open(TestDatabase testDatabase) {
        db = testDatabase;
        database = PosDatabase.open(new DatabaseSettings(db.jdbcUrl(), db.user(), null, 2));
        availability = new AvailabilityService(database.transactions(),
                new HibernateAvailabilityRepository(database.sessionFactory()));
        catalog = new CatalogService(database.transactions(), new HibernateCatalogRepository(database.sessionFactory()));
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Test
    void shortageBlocksAndAReceiptUnblocks() throws SQLException {
        long mangoTea = productId("Манго зелёный чай");
        long mangoSmoothie = productId("Манго смузи");
        assertThat(availability.forActiveProducts().get(mangoTea).portionsLeft()).isEqualTo(6);

        // 700 → 330 ml: 30 ml above the 300 ml threshold, less than one portion of either drink.
        movement("Манговое пюре", "-370", "waste", "Пролили");
        Map<Long, ProductAvailability> after = availability.forActiveProducts();
        assertThat(after.get(mangoTea).sellable()).isFalse();
        assertThat(after.get(mangoTea).blockers()).singleElement().satisfies(b -> {
            assertThat(b.name()).isEqualTo("Манговое пюре");
            assertThat(b.neededPerPortion()).isEqualByComparingTo("60");
            assertThat(b.available()).isEqualByComparingTo("30");
        });
        assertThat(after.get(mangoSmoothie).sellable()).isFalse();
        assertThat(availability.lowStock()).extracting(LowStockIngredient::name).doesNotContain("Манговое пюре");

        movement("Манговое пюре", "1000", "receipt", "Поставка");
        Map<Long, ProductAvailability> restocked = availability.forActiveProducts();
        assertThat(restocked.get(mangoTea).sellable()).isTrue();
        assertThat(restocked.get(mangoTea).portionsLeft()).isEqualTo(1030 / 60);
        assertThat(restocked.get(mangoSmoothie).portionsLeft()).isEqualTo(1030 / 120);
    }

    @Test
    void cupsFromTheDefaultSizeBlockEveryBubbleTea() throws SQLException {
        // Bubble-tea recipes hold no cup: it comes with the required size group's default (M 500 ml).
        movement("Стакан 500 мл", "-380", "waste", "Бракованная партия"); // 400 → 20, the threshold
        Map<Long, ProductAvailability> all = availability.forActiveProducts();
        ProductAvailability milkTea = all.get(productId("Классический молочный чай"));
        assertThat(milkTea.sellable()).isFalse();
        assertThat(milkTea.blockers()).extracting(Blocker::name).containsExactly("Стакан 500 мл");
        assertThat(all.get(productId("Эспрессо")).sellable()).isTrue();
        assertThat(availability.lowStock()).extracting(LowStockIngredient::name).contains("Стакан 500 мл");

        movement("Стакан 500 мл", "100", "receipt", "Поставка");
        assertThat(availability.forActiveProducts().get(productId("Классический молочный чай")).sellable()).isTrue();
        assertThat(availability.lowStock()).extracting(LowStockIngredient::name).doesNotContain("Стакан 500 мл");
    }

    @Test
    void aCheesecakeDeliveryMakesItSellable() throws SQLException {
        long cheesecake = productId("Чизкейк");
        assertThat(availability.forActiveProducts().get(cheesecake).sellable()).isFalse();
        movement("Чизкейк", "6", "receipt", "Поставка");
        ProductAvailability now = availability.forActiveProducts().get(cheesecake);
        assertThat(now.sellable()).isTrue();
        assertThat(now.portionsLeft()).isEqualTo(6);
        assertThat(availability.lowStock()).extracting(LowStockIngredient::name).doesNotContain("Чизкейк");
    }

    private static long productId(String name) {
        return catalog.activeProducts().stream().filter(p -> p.name().equals(name)).map(ProductView::id)
                .findFirst().orElseThrow();
    }

    private static void movement(String ingredient, String delta, String kind, String reason) throws SQLException {
        try (Connection c = db.connect();
             PreparedStatement s = c.prepareStatement("""
                     select pos.record_stock_movement((select id from pos.ingredient where name = ?), ?::numeric, ?,
                            (select min(id) from pos.employee), ?)
                     """)) {
            s.setString(1, ingredient);
            s.setString(2, delta);
            s.setString(3, kind);
            s.setString(4, reason);
            s.execute();
        }
    }
}
