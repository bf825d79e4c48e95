package app.stoika.pos.shift;

import java.time.Instant;
import java.util.Optional;

import app.stoika.pos.shared.Money;

/** One cash in or cash out of a shift, as the report lists it; {@code approvedBy} is the approving manager. */
public record CashMovementLine(CashMovementKind kind, Money amount, String reason, String employee, Instant at,
                               Optional<String> approvedBy) {
}
