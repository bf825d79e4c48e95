package app.stoika.ops.postgres;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** The restore drill's question: does the restored database hold tables, and do they hold rows? */
public record SanityCheck(int tables, int tablesWithRows) {

    public boolean passed() {
        return tables > 0 && tablesWithRows > 0;
    }

    public String describe() {
        return tables + " tables, " + tablesWithRows + " with rows";
    }

    public static SanityCheck run(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select format('%I.%I', n.nspname, c.relname) from pg_class c "
                     + "join pg_namespace n on n.oid = c.relnamespace where c.relkind in ('r', 'p') "
                     + "and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg_toast%'")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        int withRows = 0;
        for (String table : tables) {
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select exists (select 1 from " + table + ")")) {
                rs.next();
                if (rs.getBoolean(1)) {
                    withRows++;
                }
            }
        }
        return new SanityCheck(tables.size(), withRows);
    }
}
