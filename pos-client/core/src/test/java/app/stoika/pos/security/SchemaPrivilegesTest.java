package app.stoika.pos.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import app.stoika.db.testing.DatabaseTest;
import app.stoika.db.testing.TestDatabase;

/**
 * Guards for future migrations, read from the catalogs: afterMigrate.sql must leave every object owned by
 * stoika_owner, nothing executable by PUBLIC, every SECURITY DEFINER function with a pinned search_path,
 * and the terminal with no way to write a table except through the session-checked functions.
 */
@DatabaseTest(demoData = true)
class SchemaPrivilegesTest {
    private static final String NOT_EXTENSION = """
            not exists (select from pg_depend d where d.objid = %s.oid and d.deptype = 'e')""";

    private static List<String> rows(TestDatabase db, String sql) throws SQLException {
        List<String> result = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                result.add(rs.getString(1));
            }
        }
        return result;
    }

    @Test
    void everythingInTheSchemaBelongsToTheOwner(TestDatabase db) throws SQLException {
        assertThat(rows(db, "select nspowner::regrole::text from pg_namespace where nspname = 'pos'")).containsExactly("stoika_owner");
        assertThat(rows(db, "select c.oid::regclass::text from pg_class c where c.relnamespace = 'pos'::regnamespace "
                + "and c.relkind in ('r', 'p', 'v', 'm', 'S') and c.relowner <> 'stoika_owner'::regrole and "
                + NOT_EXTENSION.formatted("c"))).isEmpty();
        assertThat(rows(db, "select p.oid::regprocedure::text from pg_proc p where p.pronamespace = 'pos'::regnamespace "
                + "and p.proowner <> 'stoika_owner'::regrole and " + NOT_EXTENSION.formatted("p"))).isEmpty();
        assertThat(rows(db, "select rolname from pg_roles where rolname like 'stoika\\_%' and rolsuper")).isEmpty();
    }

    @Test
    void noProjectFunctionIsExecutableByPublic(TestDatabase db) throws SQLException {
        // A null ACL means the default, which lets PUBLIC execute.
        assertThat(rows(db, "select p.oid::regprocedure::text from pg_proc p where p.pronamespace = 'pos'::regnamespace and "
                + NOT_EXTENSION.formatted("p") + " and (p.proacl is null "
                + "or exists (select from aclexplode(p.proacl) a where a.grantee = 0 and a.privilege_type = 'EXECUTE'))")).isEmpty();
    }

    @Test
    void everySecurityDefinerFunctionPinsItsSearchPath(TestDatabase db) throws SQLException {
        List<String> definers = rows(db, "select p.oid::regprocedure::text from pg_proc p "
                + "where p.pronamespace = 'pos'::regnamespace and p.prosecdef");
        assertThat(definers).hasSizeGreaterThan(15);
        assertThat(rows(db, "select p.oid::regprocedure::text from pg_proc p where p.pronamespace = 'pos'::regnamespace "
                + "and p.prosecdef and not coalesce('search_path=pos, pg_temp' = any(p.proconfig), false)")).isEmpty();
    }

    @Test
    void theOpsRoleReadsAndReplicatesButWritesNothing(TestDatabase db) throws SQLException {
        assertThat(rows(db, "select rolname from pg_roles where rolname = 'stoika_ops' and rolcanlogin and rolreplication "
                + "and not rolsuper and pg_has_role('stoika_ops', 'pg_read_all_data', 'USAGE')")).containsExactly("stoika_ops");
        assertThat(rows(db, "select c.oid::regclass::text from pg_class c where c.relnamespace = 'pos'::regnamespace "
                + "and case when c.relkind in ('r', 'p') then has_table_privilege('stoika_ops', c.oid, "
                + "'INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER') end")).isEmpty();
        assertThat(rows(db, "select 1 where has_function_privilege('stoika_ops', 'pos.verify_audit_chain()', 'EXECUTE') "
                + "and has_table_privilege('stoika_ops', 'pos.audit_log', 'SELECT')")).hasSize(1);
    }

    @Test
    void theTerminalCanWriteNoTableAndCallOnlySessionCheckedFunctions(TestDatabase db) throws SQLException {
        assertThat(rows(db, "select c.oid::regclass::text from pg_class c where c.relnamespace = 'pos'::regnamespace "
                + "and case when c.relkind in ('r', 'p') then has_table_privilege('stoika_terminal', c.oid, "
                + "'INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER') end")).isEmpty();
        assertThat(rows(db, "select c.oid::regclass::text from pg_class c where c.relnamespace = 'pos'::regnamespace "
                + "and case when c.relkind = 'S' then has_sequence_privilege('stoika_terminal', c.oid, 'USAGE, UPDATE') end"))
                .isEmpty();
        assertThat(rows(db, "select c.relname from pg_class c where c.relnamespace = 'pos'::regnamespace and c.relname in "
                + "('employee_credential', 'employee_session', 'approval', 'audit_log', 'audit_chain') "
                + "and has_table_privilege('stoika_terminal', c.oid, 'SELECT')")).isEmpty();
        // Every function the terminal may call is SECURITY DEFINER and takes the session first, except the
        // read-only search and the logins (which create the session).
        assertThat(rows(db, "select p.oid::regprocedure::text from pg_proc p where p.pronamespace = 'pos'::regnamespace and "
                + NOT_EXTENSION.formatted("p") + " and has_function_privilege('stoika_terminal', p.oid, 'EXECUTE') "
                + "and not (p.prosecdef and p.proargnames[1] = 'p_session') order by 1"))
                .containsExactly("pos.login_with_password(bigint,text,text)", "pos.login_with_pin(bigint,bigint,text)",
                        "pos.search_products(text,integer)");
        assertThat(rows(db, "select 1 from pg_roles where rolname = 'stoika_terminal' "
                + "and not (rolsuper or rolcreaterole or rolcreatedb or rolreplication or rolbypassrls)")).hasSize(1);
        assertThat(rows(db, "select r.rolname from pg_auth_members m join pg_roles r on r.oid = m.roleid "
                + "where m.member = 'stoika_terminal'::regrole")).isEmpty();
    }
}
