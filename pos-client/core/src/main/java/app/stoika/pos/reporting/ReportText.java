package app.stoika.pos.reporting;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

import app.stoika.pos.shared.Money;

/**
 * The reports' language: the bundle Jasper resolves $R{...} labels from, and amounts and times formatted for the
 * same locale. Amounts are formatted here, from exact minor units, so the templates never do arithmetic on money.
 */
final class ReportText {
    static final String BUNDLE = "app.stoika.pos.reporting.reports";

    private final Locale locale;
    private final ResourceBundle bundle;

    ReportText(Locale locale) {
        this.locale = Objects.requireNonNull(locale, "locale");
        // No fallback to the JVM's default locale: on a Russian machine an English receipt must stay English.
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ReportText.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    Locale locale() { return locale; }
    ResourceBundle bundle() { return bundle; }

    String get(String key) {
        return bundle.getString(key);
    }

    String money(Money amount) {
        return amount.format(locale);
    }

    /** A deduction (discount, refund, cash out) printed with a minus sign in front of its magnitude. */
    String minus(Money magnitude) {
        return magnitude.isZero() ? money(magnitude) : money(magnitude.times(-1));
    }

    /** A difference with its sign: "+150,00 ₽" over, "-150,00 ₽" short. */
    String signed(Money amount) {
        return amount.isNegative() || amount.isZero() ? money(amount) : "+" + money(amount);
    }

    String dateTime(Instant at, ZoneId zone) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale).format(at.atZone(zone));
    }

    String time(Instant at, ZoneId zone) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).format(at.atZone(zone));
    }
}
