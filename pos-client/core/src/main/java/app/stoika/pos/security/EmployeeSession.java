package app.stoika.pos.security;

import java.util.Objects;

import app.stoika.pos.staff.Role;

/**
 * A logged-in employee at one terminal. The token is the only thing the database needs: it derives the
 * employee, role and terminal from it. The token is a secret, so {@link #toString()} leaves it out.
 */
public record EmployeeSession(String token, long sessionId, long employeeId, long terminalId, Role role,
                              LoginMethod method) {
    public EmployeeSession {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(method, "method");
    }

    @Override
    public String toString() {
        return "EmployeeSession[id=" + sessionId + ", employee=" + employeeId + ", terminal=" + terminalId
                + ", role=" + role + ", method=" + method + "]";
    }
}
