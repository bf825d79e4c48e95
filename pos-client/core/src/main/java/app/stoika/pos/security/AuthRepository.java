package app.stoika.pos.security;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import app.stoika.pos.staff.Role;

/** The database's login, session and approval functions; call inside a transaction. */
public interface AuthRepository {
    /** What a login function answered; status is ok, bad_credentials, locked or unknown_terminal. */
    record LoginOutcome(String status, String token, Long sessionId, Long employeeId, Role role, Instant lockedUntil) {
    }

    /** What pos.approve answered; status is ok, bad_credentials, locked or not_permitted. */
    record ApprovalOutcome(String status, String token, Long approverId, Instant lockedUntil) {
    }

    LoginOutcome loginWithPin(long terminalId, long employeeId, String pin);

    LoginOutcome loginWithPassword(long terminalId, String login, String password);

    boolean logout(String token);

    ApprovalOutcome approve(String token, long approverId, String pin, Permission permission);

    /** The session's permissions; refused (SX403) when the session is not valid. */
    Set<Permission> permissionsOf(String token);

    /** The permission list of each role, as an admin sees it. */
    List<RolePermission> rolePermissions();

    List<AuditBreak> verifyAuditChain();

    record RolePermission(Role role, Permission permission, String description, boolean approvable) {
    }
}
