package app.stoika.ops.postgres;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** What a backup records about the server it came from. */
public record ServerInfo(String version, int versionNum, int major, String systemIdentifier, int timeline) {

    public static ServerInfo query(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select current_setting('server_version'), "
                     + "current_setting('server_version_num')::int, "
                     + "(select system_identifier::text from pg_control_system()), "
                     + "(select timeline_id from pg_control_checkpoint())")) {
            rs.next();
            int num = rs.getInt(2);
            return new ServerInfo(rs.getString(1), num, num / 10000, rs.getString(3), rs.getInt(4));
        }
    }
}
