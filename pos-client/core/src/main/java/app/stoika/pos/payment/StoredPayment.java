package app.stoika.pos.payment;

import java.time.Instant;
import java.util.Optional;

import app.stoika.pos.shared.Money;

/**
 * A payment as stored: taken for a sale or given back as a refund, into the shift of the till where the
 * money changed hands. {@code tendered} is present for cash sales only; the change is zero otherwise.
 */
public record StoredPayment(long id, long orderId, long shiftId, PaymentKind kind, PaymentMethod method, Money amount,
                            Optional<Money> tendered, Money change, Optional<String> reference, long employeeId,
                            Instant at) {
}
