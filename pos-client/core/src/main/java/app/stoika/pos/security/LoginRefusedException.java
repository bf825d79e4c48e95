package app.stoika.pos.security;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import app.stoika.pos.shared.DomainException;
import app.stoika.pos.shared.ErrorKind;

/**
 * A login or an approval was refused: wrong PIN or password, locked out, or not allowed. The attempt was
 * recorded (and counted towards the lockout) before this was thrown.
 */
public class LoginRefusedException extends DomainException {
    private static final long serialVersionUID = 1L;
    private final transient Instant lockedUntil;

    LoginRefusedException(String status, Instant lockedUntil) {
        super(ErrorKind.FORBIDDEN, "security.error." + status, arguments(lockedUntil));
        this.lockedUntil = lockedUntil;
    }

    private static Map<String, Object> arguments(Instant lockedUntil) {
        Map<String, Object> map = new HashMap<>();
        if (lockedUntil != null) {
            map.put("locked_until", lockedUntil);
        }
        return map;
    }

    public boolean locked() {
        return messageKey().equals("security.error.locked");
    }

    public Optional<Instant> lockedUntil() {
        return Optional.ofNullable(lockedUntil);
    }
}
