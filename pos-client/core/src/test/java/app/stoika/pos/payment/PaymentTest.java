package app.stoika.pos.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Currency;
import java.util.List;

import org.junit.jupiter.api.Test;

import app.stoika.pos.order.OrderLine;
import app.stoika.pos.order.PlaceOrder;
import app.stoika.pos.shared.DomainException;
import app.stoika.pos.shared.ErrorKind;
import app.stoika.pos.shared.Money;

/** A payment checks itself before it reaches the database (which checks it again). */
class PaymentTest {
    private static void refused(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.kind()).isEqualTo(ErrorKind.INVALID);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }

    @Test
    void cashGivesBackTheDifferenceBetweenTenderedAndAmount() {
        Payment cash = Payment.cash(Money.rub(18_000), Money.rub(20_000));
        assertThat(cash.change()).isEqualTo(Money.rub(2_000));
        // Paid exactly: no tendered amount given means the amount itself.
        assertThat(Payment.cash(Money.rub(18_000), null).tendered()).isEqualTo(Money.rub(18_000));
        assertThat(Payment.cash(Money.rub(18_000), null).change().isZero()).isTrue();
    }

    @Test
    void cashHandedOverMustCoverTheAmount() {
        refused(() -> Payment.cash(Money.rub(18_000), Money.rub(17_999)), "payment.error.tendered_too_low");
    }

    @Test
    void anAmountMustBePositive() {
        refused(() -> Payment.cash(Money.rub(0), null), "payment.error.bad_amount");
        refused(() -> Payment.card(Money.rub(-100), null), "payment.error.bad_amount");
    }

    @Test
    void aCardPaysTheAmountExactlyAndKeepsACleanedSlipReference() {
        Payment card = Payment.card(Money.rub(28_000), "  004217 ");
        assertThat(card.cardReference()).isEqualTo("004217");
        assertThat(card.change().isZero()).isTrue();
        assertThat(Payment.card(Money.rub(28_000), "   ").cardReference()).isNull();
        assertThatThrownBy(() -> Payment.card(Money.rub(28_000), "x".repeat(65)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("text.error.too_long"));
        assertThatThrownBy(() -> new Payment(PaymentMethod.CARD, Money.rub(100), Money.rub(200), null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void amountsOfDifferentCurrenciesDoNotMix() {
        assertThatThrownBy(() -> Payment.cash(Money.rub(100), Money.ofMinor(200, Currency.getInstance("EUR"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anOrderTakesAtMostOneCashAndOneCardPayment() {
        List<OrderLine> lines = List.of(OrderLine.of(1, 1));
        PlaceOrder split = PlaceOrder.of(lines, List.of(Payment.card(Money.rub(100), null), Payment.cash(Money.rub(50), null)));
        assertThat(split.payments()).hasSize(2);
        refused(() -> PlaceOrder.of(lines, List.of(Payment.cash(Money.rub(100), null), Payment.cash(Money.rub(50), null))),
                "payment.error.duplicate_method");

        // Re-paying keeps the client order id, so a resend is still recognised.
        PlaceOrder unpaid = PlaceOrder.of(lines);
        assertThat(unpaid.payments()).isEmpty();
        assertThat(unpaid.withPayments(split.payments()).clientOrderId()).isEqualTo(unpaid.clientOrderId());
    }
}
