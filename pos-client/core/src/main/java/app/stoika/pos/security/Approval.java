package app.stoika.pos.security;

import java.util.Objects;

/**
 * A manager's single-use consent to one action at one session, valid for a short time. Pass it to the
 * action; the database checks it, uses it up and records the approver. The token is never printed.
 */
public record Approval(String token, Permission permission, long approverId) {
    public Approval {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(permission, "permission");
    }

    /** The token or null, for the database call: no approval at all is a valid answer. */
    public static String tokenOf(Approval approval) {
        return approval == null ? null : approval.token();
    }

    @Override
    public String toString() {
        return "Approval[" + permission + ", approver=" + approverId + "]";
    }
}
