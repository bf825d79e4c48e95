package app.stoika.pos.security;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import app.stoika.pos.shared.Text;
import app.stoika.pos.shared.Transactions;

/**
 * Logins, logouts and manager approvals. The database verifies every secret and records every attempt:
 * a refused login commits its failure (and the lockout counter) before {@link LoginRefusedException} is
 * thrown here.
 */
public final class AuthService {
    private final Transactions transactions;
    private final AuthRepository auth;

    public AuthService(Transactions transactions, AuthRepository auth) {
        this.transactions = transactions;
        this.auth = auth;
    }

    /** A PIN login on the touchscreen of {@code terminalId}; ends whoever was logged in there. */
    public EmployeeSession loginWithPin(long terminalId, long employeeId, Pin pin) {
        Objects.requireNonNull(pin, "pin");
        return session(transactions.inTransaction(() -> auth.loginWithPin(terminalId, employeeId, pin.digits())),
                terminalId, LoginMethod.PIN);
    }

    /** A back-office login with a login name and a password. */
    public EmployeeSession loginWithPassword(long terminalId, String login, Password password) {
        Objects.requireNonNull(password, "password");
        String name = Text.required("login", login, 32);
        return session(transactions.inTransaction(() -> auth.loginWithPassword(terminalId, name, password.value())),
                terminalId, LoginMethod.PASSWORD);
    }

    /** Ends the session; false when it had already ended. */
    public boolean logout(EmployeeSession session) {
        return transactions.inTransaction(() -> auth.logout(session.token()));
    }

    /**
     * A manager (or admin) enters their PIN at this session to allow one action once, within a couple of
     * minutes. Wrong PINs count towards the approver's lockout.
     */
    public Approval approve(EmployeeSession session, long approverId, Pin approverPin, Permission permission) {
        AuthRepository.ApprovalOutcome outcome = transactions.inTransaction(() ->
                auth.approve(session.token(), approverId, approverPin.digits(), permission));
        if (!outcome.status().equals("ok")) {
            throw new LoginRefusedException(outcome.status(), outcome.lockedUntil());
        }
        return new Approval(outcome.token(), permission, outcome.approverId());
    }

    /** What this session may do (for showing buttons; the database decides again on every call). */
    public Set<Permission> permissions(EmployeeSession session) {
        return transactions.inTransaction(() -> auth.permissionsOf(session.token()));
    }

    /** Every role's permissions, as an admin sees them. */
    public List<AuthRepository.RolePermission> rolePermissions() {
        return transactions.inTransaction(auth::rolePermissions);
    }

    private static EmployeeSession session(AuthRepository.LoginOutcome outcome, long terminalId, LoginMethod method) {
        if (!outcome.status().equals("ok")) {
            throw new LoginRefusedException(outcome.status(), outcome.lockedUntil());
        }
        return new EmployeeSession(outcome.token(), outcome.sessionId(), outcome.employeeId(), terminalId,
                outcome.role(), method);
    }
}
