package app.stoika.pos.cashier.sell;

import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import app.stoika.pos.catalog.ModifierOptionView;
import app.stoika.pos.catalog.ProductView;
import app.stoika.pos.customer.Customer;
import app.stoika.pos.order.OrderLine;
import app.stoika.pos.shared.Money;

/**
 * What the guest is buying, before it is paid: lines, an attached customer, points to redeem. The cart keeps
 * one client order id from its first line until the sale is stored, so a sale retried after a lost
 * connection is the same order to the database and can never be charged twice.
 */
public final class Cart {
    private final Currency currency;
    private final long pointValueMinor;
    private final ObservableList<CartLine> lines = FXCollections.observableArrayList();
    private final ObjectProperty<Money> subtotal = new SimpleObjectProperty<>();
    private final ObjectProperty<Money> discount = new SimpleObjectProperty<>();
    private final ObjectProperty<Money> total = new SimpleObjectProperty<>();
    private final ObjectProperty<Optional<Customer>> customer = new SimpleObjectProperty<>(Optional.empty());
    private final ObjectProperty<Long> redeemPoints = new SimpleObjectProperty<>(0L);
    private UUID clientOrderId = UUID.randomUUID();

    /** {@code pointValueMinor}: what one loyalty point is worth (setting loyalty.point_value_minor). */
    public Cart(Currency currency, long pointValueMinor) {
        this.currency = currency;
        this.pointValueMinor = pointValueMinor;
        subtotal.set(Money.zero(currency));
        discount.set(Money.zero(currency));
        total.set(Money.zero(currency));
        lines.addListener((javafx.collections.ListChangeListener<CartLine>) c -> recompute());
        redeemPoints.addListener((obs, old, now) -> recompute());
        customer.addListener((obs, old, now) -> recompute());
    }

    public ObservableList<CartLine> lines() { return lines; }
    public ReadOnlyObjectProperty<Money> subtotalProperty() { return subtotal; }
    public Money subtotal() { return subtotal.get(); }
    public ReadOnlyObjectProperty<Money> discountProperty() { return discount; }
    public ReadOnlyObjectProperty<Money> totalProperty() { return total; }
    /** What the guest pays: the subtotal less the redeemed points' worth. */
    public Money total() { return total.get(); }
    public long pointValueMinor() { return pointValueMinor; }
    public ObjectProperty<Optional<Customer>> customerProperty() { return customer; }
    public ObjectProperty<Long> redeemPointsProperty() { return redeemPoints; }
    public UUID clientOrderId() { return clientOrderId; }
    public Currency currency() { return currency; }
    public boolean isEmpty() { return lines.isEmpty(); }

    /** Adds one of the product with these options: to an identical line if there is one, else as a new line. */
    public CartLine add(ProductView product, List<ModifierOptionView> options) {
        for (int i = 0; i < lines.size(); i++) {
            CartLine line = lines.get(i);
            if (line.sameChoiceAs(product, options) && line.quantity() < OrderLine.MAX_QUANTITY) {
                CartLine more = line.withQuantity(line.quantity() + 1);
                lines.set(i, more);
                return more;
            }
        }
        CartLine line = CartLine.of(product, options);
        lines.add(line);
        return line;
    }

    /** Changes a line's quantity by {@code delta}; a line that drops to zero is removed. */
    public void changeQuantity(UUID key, int delta) {
        indexOf(key).ifPresent(i -> {
            int quantity = lines.get(i).quantity() + delta;
            if (quantity <= 0) {
                lines.remove((int) i);
            } else if (quantity <= OrderLine.MAX_QUANTITY) {
                lines.set(i, lines.get(i).withQuantity(quantity));
            }
        });
    }

    public void setNote(UUID key, String note) {
        indexOf(key).ifPresent(i -> lines.set(i, lines.get(i).withNote(note)));
    }

    public void remove(UUID key) {
        indexOf(key).ifPresent(i -> lines.remove((int) i));
    }

    /** The most points this cart can take: what the customer has, and no more than the subtotal is worth. */
    public long maxRedeemablePoints() {
        long points = customer.get().map(Customer::points).orElse(0L);
        return pointValueMinor <= 0 ? 0 : Math.min(points, subtotal.get().minor() / pointValueMinor);
    }

    /** After a stored sale (or when the cashier clears it): empty, no customer, a new order id. */
    public void clear() {
        lines.clear();
        redeemPoints.set(0L);
        customer.set(Optional.empty());
        clientOrderId = UUID.randomUUID();
    }

    public List<OrderLine> orderLines() {
        return lines.stream().map(CartLine::toOrderLine).toList();
    }

    private Optional<Integer> indexOf(UUID key) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).key().equals(key)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    private void recompute() {
        Money sum = Money.zero(currency);
        for (CartLine line : lines) {
            sum = sum.plus(line.total());
        }
        subtotal.set(sum);
        if (redeemPoints.get() > maxRedeemablePoints()) {
            redeemPoints.set(maxRedeemablePoints()); // runs recompute again with the lower figure
            return;
        }
        long value = Math.multiplyExact(redeemPoints.get(), pointValueMinor);
        discount.set(Money.ofMinor(Math.min(value, sum.minor()), currency));
        total.set(sum.minus(discount.get()));
    }
}
