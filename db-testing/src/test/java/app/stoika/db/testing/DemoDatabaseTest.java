package app.stoika.db.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

@DatabaseTest(demoData = true)
class DemoDatabaseTest {

    @Test
    void demoCafeHasACatalogWithRecipesImagesAndStock(TestDatabase db) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            assertThat(count(s, "select count(*) from pos.category")).isEqualTo(4);
            assertThat(count(s, "select count(*) from pos.product")).isBetween(25L, 40L);
            assertThat(count(s, "select count(*) from pos.product p where not exists "
                    + "(select 1 from pos.product_image i where i.product_id = p.id)")).isZero();
            assertThat(count(s, "select count(*) from pos.product p where not exists "
                    + "(select 1 from pos.recipe_item r where r.product_id = p.id)"))
                    .as("only water has no recipe").isLessThanOrEqualTo(1);
            assertThat(count(s, "select count(*) from pos.ingredient i where on_hand <> "
                    + "(select coalesce(sum(delta), 0) from pos.stock_movement m where m.ingredient_id = i.id)")).isZero();
            assertThat(count(s, "select count(*) from pos.employee where role = 'admin'")).isPositive();
        }
    }

    @Test
    void eachTestClassGetsItsOwnDatabase(TestDatabase db) {
        assertThat(db.name()).contains("demodatabasetest");
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
