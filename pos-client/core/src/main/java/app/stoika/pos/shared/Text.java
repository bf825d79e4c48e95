package app.stoika.pos.shared;

import java.text.Normalizer;
import java.util.Map;

/** Checks for text typed by people: trimmed, Unicode-normalised, no control characters, within a length. */
public final class Text {
    private Text() {
    }

    /** Returns the cleaned text or throws with {@code field.error.*} message keys. */
    public static String required(String field, String value, int maxLength) {
        String cleaned = optional(field, value, maxLength);
        if (cleaned == null) {
            throw new DomainException(ErrorKind.INVALID, "text.error.required", Map.of("field", field));
        }
        return cleaned;
    }

    /** Null or blank becomes null; otherwise like {@link #required}. */
    public static String optional(String field, String value, int maxLength) {
        if (value == null) {
            return null;
        }
        String cleaned = Normalizer.normalize(value, Normalizer.Form.NFC).strip();
        if (cleaned.isEmpty()) {
            return null;
        }
        if (cleaned.codePoints().anyMatch(cp -> Character.isISOControl(cp) && cp != '\n' && cp != '\t'
                || Character.getType(cp) == Character.UNASSIGNED || Character.getType(cp) == Character.SURROGATE)) {
            throw new DomainException(ErrorKind.INVALID, "text.error.bad_characters", Map.of("field", field));
        }
        if (cleaned.codePointCount(0, cleaned.length()) > maxLength) {
            throw new DomainException(ErrorKind.INVALID, "text.error.too_long", Map.of("field", field, "max", maxLength));
        }
        return cleaned;
    }
}
