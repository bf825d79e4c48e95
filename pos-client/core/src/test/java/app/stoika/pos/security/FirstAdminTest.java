package app.stoika.pos.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import app.stoika.db.testing.DatabaseTest;
import app.stoika.db.testing.TestDatabase;
import app.stoika.pos.persistence.DatabaseSettings;
import app.stoika.pos.persistence.PosDatabase;
import app.stoika.pos.staff.Role;

/** An empty database has no admin: the schema owner creates the first one, once; the terminal cannot. */
@DatabaseTest
class FirstAdminTest {
    private static final String BOOTSTRAP = "select pos.bootstrap_admin('Первый Админ', 'boss', 'first-admin-pass', '4321')";

    @Test
    void theOwnerCreatesTheFirstAdminOnceAndTheyLogIn(TestDatabase db) throws SQLException {
        db.execute("insert into pos.terminal (name) values ('Офис')");
        try (Connection terminal = DriverManager.getConnection(db.jdbcUrl(), "stoika_terminal", null)) {
            assertThatThrownBy(() -> terminal.createStatement().execute(BOOTSTRAP))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
        }
        try (Connection owner = DriverManager.getConnection(db.jdbcUrl(), "stoika_owner", null)) {
            owner.createStatement().execute(BOOTSTRAP);
            assertThatThrownBy(() -> owner.createStatement().execute(BOOTSTRAP))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("SX409"));
        }
        try (PosDatabase database = PosDatabase.open(new DatabaseSettings(db.jdbcUrl(), "stoika_terminal", null, 1))) {
            AuthService auth = new AuthService(database.transactions(), new HibernateAuthRepository(database.sessionFactory()));
            long office;
            try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("select id from pos.terminal where name = 'Офис'");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                office = rs.getLong(1);
            }
            EmployeeSession boss = auth.loginWithPassword(office, "Boss", new Password("first-admin-pass"));
            assertThat(boss.role()).isEqualTo(Role.ADMIN);
            assertThat(auth.permissions(boss)).contains(Permission.USER_ADMIN);
        }
    }
}
