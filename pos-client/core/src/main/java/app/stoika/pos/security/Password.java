package app.stoika.pos.security;

import java.util.Map;

import app.stoika.pos.shared.DomainException;
import app.stoika.pos.shared.ErrorKind;

/** A back-office password: 8 to 128 characters. Never printed. */
public record Password(String value) {
    public static final int MIN = 8;
    public static final int MAX = 128;

    public Password {
        int length = value == null ? 0 : value.codePointCount(0, value.length());
        if (length < MIN || length > MAX) {
            throw new DomainException(ErrorKind.INVALID, "security.error.bad_password", Map.of("min", MIN, "max", MAX));
        }
    }

    @Override
    public String toString() {
        return "Password[****]";
    }
}
