package app.stoika.pos.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import app.stoika.db.testing.DatabaseTest;
import app.stoika.db.testing.TestDatabase;
import app.stoika.pos.persistence.DatabaseSettings;
import app.stoika.pos.persistence.PosDatabase;

@DatabaseTest(demoData = true)
class SearchServiceTest {
    private static PosDatabase database;
    private static SearchService search;
    private static CatalogService catalog;

    @BeforeAll
    static void open(TestDatabase db) {
        database = PosDatabase.open(new DatabaseSettings(db.jdbcUrl(), db.user(), null, 2));
        HibernateCatalogRepository repository = new HibernateCatalogRepository(database.sessionFactory());
        catalog = new CatalogService(database.transactions(), repository);
        search = new SearchService(database.transactions(), repository, catalog);
    }

    @AfterAll
    static void close() {
        database.close();
    }

    private static List<String> names(String query) {
        return search.search(query).stream().map(ProductView::name).toList();
    }

    @Test
    void findsByRussianStem() {
        assertThat(names("тапиока")).contains("Классический молочный чай", "Матча латте с тапиокой")
                .doesNotContain("Эспрессо", "Чизкейк");
    }

    @Test
    void findsByEnglishWordInTheDescription() {
        assertThat(names("tapioca")).contains("Классический молочный чай");
        assertThat(names("cheesecake")).first().isEqualTo("Чизкейк");
    }

    @Test
    void toleratesTypos() {
        assertThat(names("тапока")).contains("Матча латте с тапиокой");
        assertThat(names("матча латэ")).first().isEqualTo("Матча латте с тапиокой");
        assertThat(names("капучина")).contains("Капучино");
    }

    @Test
    void ranksTheBestMatchFirst() {
        assertThat(names("латте")).first().isEqualTo("Латте");
        assertThat(names("латте")).contains("Айс латте", "Карамельный латте").doesNotContain("Эспрессо");
        assertThat(names("чизкейк")).first().isEqualTo("Чизкейк");
    }

    @Test
    void findsByCategoryName() {
        assertThat(names("смузи")).contains("Манго смузи", "Таро смузи", "Клубника-банан");
    }

    @Test
    void findsByBarcode() {
        assertThat(names("4600000000257")).containsExactly("Чизкейк");
    }

    @Test
    void limitIsRespected() {
        assertThat(search.search("чай", 2)).hasSize(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "'; drop table pos.product; --", "%", "_", "\\", "\"", "(", "!!!", "a & | ! <->",
            "☕🧋🍰", "👩‍👩‍👧", "\u0000", "abc\u0000def", "\ud800", "tea\u202e", "<script>alert(1)</script>",
            "NULL", "select * from pos.product"})
    void oddInputGivesAListNeverAnError(String query) {
        assertThat(search.search(query)).isNotNull();
        assertThat(catalog.activeProducts()).hasSize(30);
    }

    @Test
    void veryLongInputGivesAList() {
        assertThat(search.search("тапиока ".repeat(1250))).isNotNull();
        assertThat(search.search("я".repeat(10_000))).isNotNull();
        assertThat(search.search("🧋".repeat(10_000))).isNotNull();
    }

    @Test
    void nullAndBlankGiveNothing() {
        assertThat(search.search(null)).isEmpty();
        assertThat(search.search(" \t\n")).isEmpty();
    }

    @Test
    void cleaningKeepsWordsAndDropsControlCharacters() {
        assertThat(SearchService.clean("  ma\u0000tcha\t")).isEqualTo("ma tcha");
        assertThat(SearchService.clean("🧋 tea")).isEqualTo("🧋 tea");
        assertThat(SearchService.clean("x".repeat(500))).hasSize(SearchService.MAX_QUERY_CODE_POINTS);
    }
}
