package app.stoika.pos.security;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.hibernate.Session;
import org.hibernate.SessionFactory;

import app.stoika.pos.staff.Role;

/** Calls the database's security functions over Hibernate's current session (one round trip each). */
public final class HibernateAuthRepository implements AuthRepository {
    private final SessionFactory sessionFactory;

    public HibernateAuthRepository(SessionFactory sessionFactory) {
        this.sessionFactory = sessionFactory;
    }

    private Session session() {
        return sessionFactory.getCurrentSession();
    }

    @Override
    public LoginOutcome loginWithPin(long terminalId, long employeeId, String pin) {
        return login("select status, token, session_id, employee_id, role, locked_until from pos.login_with_pin(?, ?, ?)",
                terminalId, employeeId, pin);
    }

    @Override
    public LoginOutcome loginWithPassword(long terminalId, String login, String password) {
        return login("select status, token, session_id, employee_id, role, locked_until from pos.login_with_password(?, ?, ?)",
                terminalId, login, password);
    }

    private LoginOutcome login(String sql, long terminalId, Object who, String secret) {
        return session().doReturningWork(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                ps.setLong(1, terminalId);
                ps.setObject(2, who);
                ps.setString(3, secret);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    String role = rs.getString(5);
                    return new LoginOutcome(rs.getString(1), rs.getString(2), nullableLong(rs, 3), nullableLong(rs, 4),
                            role == null ? null : Role.ofCode(role), instant(rs.getTimestamp(6)));
                }
            }
        });
    }

    @Override
    public boolean logout(String token) {
        return session().doReturningWork(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("select pos.logout(?)")) {
                ps.setString(1, token);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getBoolean(1);
                }
            }
        });
    }

    @Override
    public ApprovalOutcome approve(String token, long approverId, String pin, Permission permission) {
        return session().doReturningWork(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(
                    "select status, token, approver_id, locked_until from pos.approve(?, ?, ?, ?)")) {
                ps.setString(1, token);
                ps.setLong(2, approverId);
                ps.setString(3, pin);
                ps.setString(4, permission.code());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return new ApprovalOutcome(rs.getString(1), rs.getString(2), nullableLong(rs, 3),
                            instant(rs.getTimestamp(4)));
                }
            }
        });
    }

    @Override
    public Set<Permission> permissionsOf(String token) {
        return session().doReturningWork(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("select permissions from pos.session_info(?)")) {
                ps.setString(1, token);
                try (ResultSet rs = ps.executeQuery()) {
                    Set<Permission> result = EnumSet.noneOf(Permission.class);
                    if (rs.next()) {
                        for (Object code : (Object[]) rs.getArray(1).getArray()) {
                            result.add(Permission.ofCode((String) code));
                        }
                    }
                    return result;
                }
            }
        });
    }

    @Override
    public List<RolePermission> rolePermissions() {
        return session().createNativeQuery("""
                select rp.role, rp.permission, p.description, p.approvable
                  from pos.role_permission rp join pos.permission p on p.code = rp.permission
                 order by rp.role, rp.permission
                """, Object[].class).getResultList().stream()
                .map(r -> new RolePermission(Role.ofCode((String) r[0]), Permission.ofCode((String) r[1]), (String) r[2],
                        (Boolean) r[3]))
                .toList();
    }

    @Override
    public List<AuditBreak> verifyAuditChain() {
        return session().createNativeQuery("select chain, seq, problem from pos.verify_audit_chain()", Object[].class)
                .getResultList().stream()
                .map(r -> new AuditBreak((String) r[0], ((Number) r[1]).longValue(), (String) r[2]))
                .toList();
    }

    private static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
