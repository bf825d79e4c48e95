package app.stoika.ops.support;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import app.stoika.db.cluster.LocalCluster;

/** A database's schema (columns, indexes, constraints) and a digest of every table's rows, for comparison. */
public record Snapshot(List<String> schema, Map<String, String> tableDigests) {

    public static Snapshot of(LocalCluster cluster, String database) {
        try (Connection c = cluster.connect(database)) {
            List<String> schema = new ArrayList<>();
            collect(c, "select table_schema || '.' || table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable "
                    + "from information_schema.columns where table_schema not in ('pg_catalog', 'information_schema') order by 1", schema);
            collect(c, "select schemaname || ' ' || indexdef from pg_indexes where schemaname not in ('pg_catalog') order by 1", schema);
            collect(c, "select conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid) from pg_constraint "
                    + "where connamespace not in ('pg_catalog'::regnamespace) order by 1", schema);
            List<String> tables = new ArrayList<>();
            collect(c, "select format('%I.%I', schemaname, tablename) from pg_tables "
                    + "where schemaname not in ('pg_catalog', 'information_schema') order by 1", tables);
            Map<String, String> digests = new TreeMap<>();
            for (String t : tables) {
                try (Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("select count(*) || ':' || coalesce(md5(string_agg(x::text, '|' order by x::text)), '') from " + t + " x")) {
                    rs.next();
                    digests.put(t, rs.getString(1));
                }
            }
            return new Snapshot(schema, digests);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void collect(Connection c, String sql, List<String> into) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                into.add(rs.getString(1));
            }
        }
    }
}
