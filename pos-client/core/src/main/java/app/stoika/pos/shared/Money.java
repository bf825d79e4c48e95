package app.stoika.pos.shared;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;

/**
 * An amount of money in integer minor units (kopecks, cents) of one currency. Never a double: sums
 * are exact, and arithmetic that would overflow throws instead of wrapping.
 */
public record Money(long minor, Currency currency) implements Comparable<Money> {
    public static final Currency RUB = Currency.getInstance("RUB");
    /** Larger than any café will ever see, small enough that sums of many such amounts cannot overflow. */
    public static final long MAX_MINOR = 1_000_000_000_000_000L;

    public Money {
        Objects.requireNonNull(currency, "currency");
        if (Math.abs(minor) > MAX_MINOR) {
            throw new DomainException(ErrorKind.INVALID, "money.error.too_large");
        }
    }

    public static Money ofMinor(long minor, Currency currency) {
        return new Money(minor, currency);
    }

    public static Money rub(long minor) {
        return new Money(minor, RUB);
    }

    public static Money zero(Currency currency) {
        return new Money(0, currency);
    }

    /** Parses an amount typed by a person ("290", "290.50", "290,50") into minor units, rejecting fractions of a kopeck. */
    public static Money parse(String text, Currency currency) {
        try {
            BigDecimal value = new BigDecimal(text.strip().replace(',', '.').replace(" ", ""));
            BigDecimal minor = value.movePointRight(currency.getDefaultFractionDigits());
            return new Money(minor.longValueExact(), currency);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new DomainException(ErrorKind.INVALID, "money.error.not_a_number", java.util.Map.of("text", text));
        }
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.addExact(minor, other.minor), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.subtractExact(minor, other.minor), currency);
    }

    public Money times(long factor) {
        return new Money(Math.multiplyExact(minor, factor), currency);
    }

    public boolean isZero() { return minor == 0; }
    public boolean isNegative() { return minor < 0; }

    public BigDecimal toDecimal() {
        return BigDecimal.valueOf(minor, currency.getDefaultFractionDigits());
    }

    /** "290,00 ₽" in Russian, "RUB 290.00" style per the locale's conventions. */
    public String format(Locale locale) {
        NumberFormat f = NumberFormat.getCurrencyInstance(locale);
        f.setCurrency(currency);
        String text = f.format(toDecimal());
        // The JDK's ru locale prints "RUB" for foreign locales and "₽" only for ru_RU; prefer the sign everywhere.
        return currency.equals(RUB) ? text.replace("RUB", "₽").replace("руб.", "₽") : text;
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return Long.compare(minor, other.minor);
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("Cannot mix " + currency + " and " + other.currency);
        }
    }

    @Override
    public String toString() {
        return toDecimal().toPlainString() + " " + currency.getCurrencyCode();
    }
}
