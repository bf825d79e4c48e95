package app.stoika.pos.reporting;

import app.stoika.pos.shared.Money;

/**
 * Checks for the report input records. Their content comes from the database, already validated there; what is
 * checked here are mapping mistakes (a missing name, a total in another currency), reported as programming errors.
 */
final class Printable {
    private Printable() {
    }

    static String required(String what, String value) {
        String cleaned = optional(value);
        if (cleaned == null) {
            throw new IllegalArgumentException("A receipt or report needs a " + what);
        }
        return cleaned;
    }

    /** Null or blank becomes null, so a template can hide the line. */
    static String optional(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return value.strip();
    }

    static void sameCurrency(Money reference, Money other) {
        if (!reference.currency().equals(other.currency())) {
            throw new IllegalArgumentException("Cannot print " + other + " beside " + reference);
        }
    }
}
