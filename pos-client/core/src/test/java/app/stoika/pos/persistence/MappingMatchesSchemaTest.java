package app.stoika.pos.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import app.stoika.db.testing.DatabaseTest;
import app.stoika.db.testing.TestDatabase;

@DatabaseTest(demoData = true)
class MappingMatchesSchemaTest {

    /** Validation only reads metadata, so it passes with the terminal role's limited privileges too. */
    @Test
    void hibernateValidatesEveryEntityAgainstTheMigratedSchemaAsTheTerminalRole(TestDatabase db) {
        try (PosDatabase database = PosDatabase.open(new DatabaseSettings(db.jdbcUrl(), "stoika_terminal", null, 2))) {
            long products = database.sessionFactory().fromTransaction(s ->
                    s.createSelectionQuery("select count(p) from Product p", Long.class).getSingleResult());
            assertThat(products).isPositive();
        }
    }

    @Test
    void aMappingThatDisagreesWithTheSchemaStopsStartUp(TestDatabase db) {
        // A drifted schema (someone renamed a column by hand) must fail at start, not in the middle of a sale.
        db.execute("alter table pos.terminal rename column name to title");
        try {
            assertThatThrownBy(() -> PosDatabase.open(new DatabaseSettings(db.jdbcUrl(), "stoika_terminal", null, 2)).close())
                    .hasStackTraceContaining("missing column [name] in table [terminal]");
        } finally {
            db.execute("alter table pos.terminal rename column title to name");
        }
    }
}
