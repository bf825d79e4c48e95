package app.stoika.pos.payment;

import java.util.Map;
import java.util.Objects;

import app.stoika.pos.shared.DomainException;
import app.stoika.pos.shared.ErrorKind;
import app.stoika.pos.shared.Money;
import app.stoika.pos.shared.Text;

/**
 * One part of paying for a new order: {@code amount} is the part of the order's total it covers. A cash
 * payment also records what the guest handed over ({@code tendered}, at least the amount: the change is
 * the difference); a card payment may carry the slip's reference (approval number). An order is paid by
 * at most one cash and one card payment, whose amounts the database checks against its own total.
 */
public record Payment(PaymentMethod method, Money amount, Money tendered, String cardReference) {
    public static final int MAX_REFERENCE = 64;

    public Payment {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(amount, "amount");
        if (amount.minor() <= 0) {
            throw new DomainException(ErrorKind.INVALID, "payment.error.bad_amount");
        }
        if (method == PaymentMethod.CASH) {
            if (cardReference != null) {
                throw new IllegalArgumentException("A cash payment has no card reference");
            }
            tendered = tendered == null ? amount : tendered;
            if (tendered.compareTo(amount) < 0) {  // also refuses a different currency
                throw new DomainException(ErrorKind.INVALID, "payment.error.tendered_too_low",
                        Map.of("amount_minor", amount.minor(), "tendered_minor", tendered.minor()));
            }
        } else {
            if (tendered != null) {
                throw new IllegalArgumentException("A card payment has no tendered amount: the card pays the amount exactly");
            }
            cardReference = Text.optional("reference", cardReference, MAX_REFERENCE);
        }
    }

    /** Cash: {@code tendered} is what the guest handed over (null when paid exactly). */
    public static Payment cash(Money amount, Money tendered) {
        return new Payment(PaymentMethod.CASH, amount, tendered, null);
    }

    /** Card: {@code reference} is the slip's approval number, or null. */
    public static Payment card(Money amount, String reference) {
        return new Payment(PaymentMethod.CARD, amount, null, reference);
    }

    /** What goes back to the guest: tendered − amount for cash, nothing for a card. */
    public Money change() {
        return method == PaymentMethod.CASH ? tendered.minus(amount) : Money.zero(amount.currency());
    }
}
