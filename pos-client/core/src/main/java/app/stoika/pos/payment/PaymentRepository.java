package app.stoika.pos.payment;

import java.util.List;

/** Stored payments (written only by the database's sale and cancel functions); call inside a transaction. */
public interface PaymentRepository {
    /** Sales and refunds of the order, in the order they happened. */
    List<StoredPayment> paymentsOf(long orderId);
}
