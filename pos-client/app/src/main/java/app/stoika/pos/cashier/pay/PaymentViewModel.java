package app.stoika.pos.cashier.pay;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Consumer;

import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.util.Duration;

import app.stoika.pos.cashier.CashierSession;
import app.stoika.pos.cashier.sell.Cart;
import app.stoika.pos.order.OrderService;
import app.stoika.pos.order.PlaceOrder;
import app.stoika.pos.order.PlacedOrder;
import app.stoika.pos.payment.Payment;
import app.stoika.pos.security.Approval;
import app.stoika.pos.security.Permission;
import app.stoika.pos.settings.CafeSettings;
import app.stoika.pos.shared.DomainException;
import app.stoika.pos.shared.ErrorKind;
import app.stoika.pos.shared.Money;
import app.stoika.pos.ui.ManagerApproval;
import app.stoika.pos.ui.TaskExecutor;

/**
 * Taking the money for the cart: cash (amount tendered, change due), card (the cashier confirms that the
 * external terminal approved), or both. Confirming stores the order and its payments in one database
 * transaction. When the database cannot be reached the sale is retried every few seconds with the same client
 * order id until it lands, so it is stored once however often it is sent; the cart stays as it was meanwhile.
 */
public final class PaymentViewModel {
    public enum Method { CASH, CARD, SPLIT }

    public enum State { EDITING, SENDING, WAITING_FOR_DATABASE, DONE }

    static final Duration RETRY_EVERY = Duration.seconds(2);
    private static final int MAX_DIGITS = 7;

    private final Cart cart;
    private final OrderService orders;
    private final CashierSession session;
    private final CafeSettings cafe;
    private final ManagerApproval approval;
    private final TaskExecutor tasks;
    private final Money total;

    private final ObjectProperty<Method> method = new SimpleObjectProperty<>(Method.CASH);
    private final StringProperty tenderedDigits = new SimpleStringProperty("");
    private final StringProperty cardDigits = new SimpleStringProperty("");
    private final StringProperty cardReference = new SimpleStringProperty("");
    private final ObjectProperty<State> state = new SimpleObjectProperty<>(State.EDITING);
    private final ObjectProperty<Throwable> failure = new SimpleObjectProperty<>();
    private final ObjectProperty<PlacedOrder> placed = new SimpleObjectProperty<>();
    private final ObjectBinding<Money> cardAmount;
    private final ObjectBinding<Money> cashAmount;
    private final ObjectBinding<Money> tendered;
    private final ObjectBinding<Money> change;
    private final BooleanBinding canConfirm;
    private Consumer<PlacedOrder> onSold = order -> { };
    private PlaceOrder inFlight;
    private Approval inFlightApproval;

    public PaymentViewModel(Cart cart, OrderService orders, CashierSession session, CafeSettings cafe,
                            ManagerApproval approval, TaskExecutor tasks) {
        this.cart = cart;
        this.orders = orders;
        this.session = session;
        this.cafe = cafe;
        this.approval = approval;
        this.tasks = tasks;
        this.total = cart.total();
        cardAmount = Bindings.createObjectBinding(() -> switch (method.get()) {
            case CASH -> zero();
            case CARD -> total;
            case SPLIT -> min(major(cardDigits.get()), total);
        }, method, cardDigits);
        cashAmount = Bindings.createObjectBinding(() -> total.minus(cardAmount.get()), cardAmount);
        tendered = Bindings.createObjectBinding(() -> major(tenderedDigits.get()), tenderedDigits);
        change = Bindings.createObjectBinding(() -> {
            Money cash = cashAmount.get();
            Money given = tendered.get();
            return cash.isZero() || given.compareTo(cash) < 0 ? zero() : given.minus(cash);
        }, cashAmount, tendered);
        canConfirm = Bindings.createBooleanBinding(() -> state.get() == State.EDITING && switch (method.get()) {
            case CASH -> tendered.get().compareTo(total) >= 0;
            case CARD -> true;
            case SPLIT -> !cardAmount.get().isZero() && cardAmount.get().compareTo(total) < 0
                    && tendered.get().compareTo(cashAmount.get()) >= 0;
        }, method, tendered, cardAmount, cashAmount, state);
        method.addListener((obs, old, now) -> failure.set(null));
    }

    public Money total() { return total; }
    public ObjectProperty<Method> methodProperty() { return method; }
    public StringProperty tenderedDigitsProperty() { return tenderedDigits; }
    public StringProperty cardDigitsProperty() { return cardDigits; }
    public StringProperty cardReferenceProperty() { return cardReference; }
    public ReadOnlyObjectProperty<State> stateProperty() { return state; }
    public ReadOnlyObjectProperty<Throwable> failureProperty() { return failure; }
    public ReadOnlyObjectProperty<PlacedOrder> placedProperty() { return placed; }
    public ObjectBinding<Money> cardAmountBinding() { return cardAmount; }
    public ObjectBinding<Money> cashAmountBinding() { return cashAmount; }
    public ObjectBinding<Money> tenderedBinding() { return tendered; }
    public ObjectBinding<Money> changeBinding() { return change; }
    public BooleanBinding canConfirmBinding() { return canConfirm; }

    /** Runs on the FX thread once the sale is stored (to print the receipt). */
    public void setOnSold(Consumer<PlacedOrder> handler) {
        this.onSold = handler;
    }

    /** Digits typed on the keypad go to the card part while splitting and no card amount is set yet... */
    public void type(StringProperty target, String digits) {
        if (state.get() != State.EDITING) {
            return;
        }
        String next = (target.get() + digits).replaceFirst("^0+(?=\\d)", "");
        if (next.length() <= MAX_DIGITS) {
            target.set(next);
        }
    }

    public void erase(StringProperty target) {
        if (state.get() == State.EDITING && !target.get().isEmpty()) {
            target.set(target.get().substring(0, target.get().length() - 1));
        }
    }

    /** A quick-amount button: the guest hands over exactly this (replaces what was typed). */
    public void tender(Money amount) {
        if (state.get() == State.EDITING) {
            tenderedDigits.set(String.valueOf(ceilDiv(amount.minor(), 100)));
        }
    }

    /**
     * The notes a guest is likely to hand over for this much cash: the exact amount, then the next round
     * amounts of 100, 500, 1000 and 5000.
     */
    public List<Money> quickAmounts() {
        long cash = cashAmount.get().minor();
        TreeSet<Long> amounts = new TreeSet<>();
        amounts.add(cash);
        for (long step : new long[] {10_000, 50_000, 100_000, 500_000}) {
            long rounded = ceilDiv(cash, step) * step;
            amounts.add(rounded == cash ? rounded + step : rounded);
        }
        List<Money> result = new ArrayList<>();
        amounts.stream().limit(5).forEach(m -> result.add(Money.ofMinor(m, total.currency())));
        return result;
    }

    /** Stores the sale; asks a manager first when the points discount is above the limit for this cashier. */
    public void confirm() {
        if (!canConfirm.get()) {
            return;
        }
        var loggedIn = session.current().orElseThrow();
        PlaceOrder request = new PlaceOrder(cart.clientOrderId(), cart.customerProperty().get().map(c -> c.id()),
                cart.redeemPointsProperty().get(), cart.orderLines(), payments());
        long discount = cart.discountProperty().get().minor();
        if (discount > cafe.discountLimitMinor() && !loggedIn.may(Permission.DISCOUNT_OVER_LIMIT)) {
            approval.request(loggedIn.session(), Permission.DISCOUNT_OVER_LIMIT, granted -> send(request, granted));
        } else {
            send(request, null);
        }
    }

    private List<Payment> payments() {
        List<Payment> list = new ArrayList<>();
        Money card = cardAmount.get();
        if (!card.isZero()) {
            list.add(Payment.card(card, cardReference.get().isBlank() ? null : cardReference.get().strip()));
        }
        Money cash = cashAmount.get();
        if (!cash.isZero()) {
            list.add(Payment.cash(cash, tendered.get()));
        }
        return list;
    }

    private void send(PlaceOrder request, Approval granted) {
        inFlight = request;
        inFlightApproval = granted;
        state.set(State.SENDING);
        failure.set(null);
        attempt();
    }

    private void attempt() {
        var current = session.employeeSession();
        if (current.isEmpty()) {
            state.set(State.EDITING);
            return;
        }
        tasks.execute(() -> orders.place(current.get(), inFlight, inFlightApproval), this::sold, e -> {
            if (isUnreachable(e)) {
                // Same request, same client order id: if the first attempt was stored and only the answer was
                // lost, the database returns the stored order instead of selling again.
                state.set(State.WAITING_FOR_DATABASE);
                PauseTransition wait = new PauseTransition(RETRY_EVERY);
                wait.setOnFinished(x -> attempt());
                wait.play();
            } else {
                state.set(State.EDITING);
                failure.set(e);
            }
        });
    }

    private void sold(PlacedOrder order) {
        inFlight = null;
        placed.set(order);
        state.set(State.DONE);
        cart.clear();
        onSold.accept(order);
    }

    /** Leaves the sheet while nothing is being sent. */
    public boolean canLeave() {
        return state.get() == State.EDITING || state.get() == State.DONE;
    }

    static boolean isUnreachable(Throwable e) {
        return DomainException.in(e).map(d -> d.kind() == ErrorKind.UNAVAILABLE).orElse(false);
    }

    private Money major(String digits) {
        return digits == null || digits.isEmpty() ? zero()
                : Money.ofMinor(Math.multiplyExact(Long.parseLong(digits), 100), total.currency());
    }

    /** Rounds up; Math.ceilDiv needs Java 18. Both are non-negative here. */
    private static long ceilDiv(long value, long step) {
        return (value + step - 1) / step;
    }

    private static Money min(Money a, Money b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private Money zero() {
        return Money.zero(total.currency());
    }
}
