package app.stoika.db.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

/** Fills an empty, migrated database with the demo café: catalog, recipes, stock, staff, customers. */
public final class DemoData {
    private static final String SCRIPT = "/db/demo/demo-data.sql";

    private DemoData() {
    }

    public static void load(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement check = c.createStatement();
                 ResultSet rs = check.executeQuery("select count(*) from pos.product")) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    throw new IllegalStateException("The database already has a catalog; demo data goes only into an empty one.");
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute(script());
            }
            addImages(c);
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("Loading demo data failed: " + e.getMessage(), e);
        }
    }

    private static void addImages(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select p.id, p.name, c.name from pos.product p join pos.category c on c.id = p.category_id");
             PreparedStatement insert = c.prepareStatement(
                     "insert into pos.product_image (product_id, content_type, data) values (?, 'image/png', ?)")) {
            while (rs.next()) {
                insert.setLong(1, rs.getLong(1));
                insert.setBytes(2, ProductPicture.render(rs.getString(2), rs.getString(3)));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static String script() {
        try (InputStream in = DemoData.class.getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException(SCRIPT + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
