package app.stoika.pos.payment;

import java.util.List;

import app.stoika.pos.shared.Transactions;

/**
 * What was paid and given back for an order. Payments are taken by {@code OrderService.place} (in the
 * sale's own transaction) and refunds by its cancel methods; this service only reads them.
 */
public final class PaymentService {
    private final Transactions transactions;
    private final PaymentRepository payments;

    public PaymentService(Transactions transactions, PaymentRepository payments) {
        this.transactions = transactions;
        this.payments = payments;
    }

    public List<StoredPayment> paymentsOf(long orderId) {
        return transactions.inTransaction(() -> payments.paymentsOf(orderId));
    }
}
