package app.stoika.pos.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import app.stoika.db.testing.DatabaseTest;
import app.stoika.db.testing.TestDatabase;
import app.stoika.pos.availability.AvailabilityService;
import app.stoika.pos.availability.HibernateAvailabilityRepository;
import app.stoika.pos.persistence.DatabaseSettings;
import app.stoika.pos.persistence.PosDatabase;

/** Everything the catalog screen reads works with the till's least-privileged role, without a session. */
@DatabaseTest(demoData = true)
class TerminalRoleReadsTest {
    private static PosDatabase database;

    @BeforeAll
    static void open(TestDatabase db) {
        database = PosDatabase.open(new DatabaseSettings(db.jdbcUrl(), "stoika_terminal", null, 2));
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Test
    void catalogSearchAndAvailabilityAreReadable() {
        HibernateCatalogRepository repository = new HibernateCatalogRepository(database.sessionFactory());
        CatalogService catalog = new CatalogService(database.transactions(), repository);
        SearchService search = new SearchService(database.transactions(), repository, catalog);
        AvailabilityService availability = new AvailabilityService(database.transactions(),
                new HibernateAvailabilityRepository(database.sessionFactory()));

        assertThat(catalog.activeCategories()).hasSize(4);
        ProductView milkTea = catalog.findByBarcode("4600000000011").orElseThrow();
        assertThat(catalog.modifierGroups(milkTea.id())).isNotEmpty();
        assertThat(catalog.image(milkTea.id())).isPresent();
        assertThat(search.search("тапиока")).isNotEmpty();
        assertThat(availability.forActiveProducts()).hasSize(catalog.activeProducts().size());
        assertThat(availability.lowStock()).isNotEmpty();
    }
}
