package app.stoika.pos.reporting;

import java.time.Instant;
import java.util.Objects;

import app.stoika.pos.shared.Money;

/** One cash-in or cash-out during the shift: how much, why (may be null), who did it and when. */
public record CashMovementLine(CashMovementKind kind, Money amount, String reason, String employeeName, Instant at) {
    public CashMovementLine {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(amount, "amount");
        if (amount.isNegative() || amount.isZero()) {
            throw new IllegalArgumentException("A cash movement moves a positive amount, not " + amount);
        }
        reason = Printable.optional(reason);
        employeeName = Printable.required("employee name", employeeName);
        Objects.requireNonNull(at, "at");
    }
}
