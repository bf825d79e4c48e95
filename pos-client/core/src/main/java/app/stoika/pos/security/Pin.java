package app.stoika.pos.security;

import java.util.Map;

import app.stoika.pos.shared.DomainException;
import app.stoika.pos.shared.ErrorKind;

/** A PIN of 4 to 8 digits, typed on the touchscreen. Never printed. */
public record Pin(String digits) {
    public static final int MIN = 4;
    public static final int MAX = 8;

    public Pin {
        if (digits == null || !digits.matches("[0-9]{" + MIN + "," + MAX + "}")) {
            throw new DomainException(ErrorKind.INVALID, "security.error.bad_pin", Map.of("min", MIN, "max", MAX));
        }
    }

    @Override
    public String toString() {
        return "Pin[****]";
    }
}
