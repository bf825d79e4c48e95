package app.stoika.pos.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import app.stoika.db.testing.DatabaseTest;
import app.stoika.db.testing.TestDatabase;
import app.stoika.pos.persistence.DatabaseSettings;

/** An existing server: migrated when the user may, validated when not, and clear refusals otherwise. */
@DatabaseTest(demoData = true)
class DatabaseBootstrapTest {

    @Test
    void theSchemaOwnerMigratesAnUpToDateDatabaseWithoutHarm(TestDatabase db) {
        assertThatCode(() -> DatabaseBootstrap.prepareExisting(new DatabaseSettings(db.jdbcUrl(), db.user(), null, 2)))
                .doesNotThrowAnyException();
    }

    @Test
    void aUserWithoutSchemaRightsOnlyValidatesAndIsToldWhenItIsBehind(TestDatabase db) {
        db.execute("do $$ begin if not exists (select from pg_roles where rolname = 'kassa') then create role kassa login; end if; end $$");
        db.execute("grant usage on schema pos to kassa; grant select on all tables in schema pos to kassa");
        DatabaseSettings kassa = new DatabaseSettings(db.jdbcUrl(), "kassa", null, 2);
        assertThatCode(() -> DatabaseBootstrap.prepareExisting(kassa)).doesNotThrowAnyException();

        // The database's newest applied migration is not this build's newest (V0016 is pending, a 16.5 this
        // build does not know is applied): the schema is not what this build expects and the cashier's user may
        // not migrate it.
        String last = "installed_rank = (select max(installed_rank) from pos.flyway_schema_history)";
        db.execute("update pos.flyway_schema_history set version = version || '.5' where " + last);
        try {
            assertThatThrownBy(() -> DatabaseBootstrap.prepareExisting(kassa))
                    .isInstanceOfSatisfying(StartupException.class, e -> {
                        assertThat(e.messageKey()).isEqualTo("startup.error.schema");
                        assertThat(e.arguments()).containsExactly(db.jdbcUrl(), "kassa");
                    });
        } finally {
            db.execute("update pos.flyway_schema_history set version = replace(version, '.5', '') where " + last);
        }
    }

    @Test
    void anUnreachableServerIsNamed() {
        DatabaseSettings nowhere = new DatabaseSettings("jdbc:postgresql://127.0.0.1:1/stoika?password=hunter2", "kassa", "pw", 2);
        assertThatThrownBy(() -> DatabaseBootstrap.prepareExisting(nowhere))
                .isInstanceOfSatisfying(StartupException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("startup.error.connect");
                    assertThat(e.arguments()).containsExactly("jdbc:postgresql://127.0.0.1:1/stoika", "kassa");
                })
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void anUnknownUserIsALoginProblem(TestDatabase db) {
        assertThatThrownBy(() -> DatabaseBootstrap.prepareExisting(new DatabaseSettings(db.jdbcUrl(), "nobody_here", null, 2)))
                .isInstanceOfSatisfying(StartupException.class, e -> assertThat(e.messageKey()).isEqualTo("startup.error.login"));
    }
}
