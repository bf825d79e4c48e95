package app.stoika.pos.reporting;

import java.util.Objects;

import app.stoika.pos.shared.Money;

/**
 * One payment of a possibly split bill: the amount it covers, what the guest handed over and the change given back.
 * For a card, tendered equals the amount and the change is zero; cash may be tendered above the amount.
 */
public record ReceiptPayment(PaymentMethod method, Money amount, Money tendered, Money change) {
    public ReceiptPayment {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(tendered, "tendered");
        Objects.requireNonNull(change, "change");
        Printable.sameCurrency(amount, tendered);
        Printable.sameCurrency(amount, change);
        if (amount.isNegative() || change.isNegative()) {
            throw new IllegalArgumentException("A payment and its change are not negative: " + amount + ", " + change);
        }
        // The guest reads these three figures against each other: they must add up.
        if (!tendered.minus(amount).equals(change)) {
            throw new IllegalArgumentException(
                    "Change must be tendered minus amount: " + tendered + " - " + amount + " != " + change);
        }
    }

    /** Cash: the change is what was handed over beyond the amount. */
    public static ReceiptPayment cash(Money amount, Money tendered) {
        return new ReceiptPayment(PaymentMethod.CASH, amount, tendered, tendered.minus(amount));
    }

    public static ReceiptPayment card(Money amount) {
        return new ReceiptPayment(PaymentMethod.CARD, amount, amount, Money.zero(amount.currency()));
    }

    boolean hasChange() {
        return !change.isZero();
    }
}
