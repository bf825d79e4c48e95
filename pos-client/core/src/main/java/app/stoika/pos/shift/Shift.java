package app.stoika.pos.shift;

import java.time.Instant;
import java.util.Objects;

import app.stoika.pos.shared.Money;

/** An open drawer session at one till: who opened it, when, and with how much cash (the float). */
public record Shift(long id, long terminalId, String openedBy, Instant openedAt, Money openingFloat) {
    public Shift {
        Objects.requireNonNull(openedBy, "openedBy");
        Objects.requireNonNull(openedAt, "openedAt");
        Objects.requireNonNull(openingFloat, "openingFloat");
    }
}
