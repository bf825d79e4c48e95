package app.stoika.pos.ui;

import java.text.NumberFormat;
import java.util.Locale;

import app.stoika.pos.shared.Money;

/** Prices as a café shows them: "290 ₽", or "290,50 ₽" when there are kopecks; the ₽ sign in every language. */
public final class MoneyText {
    private MoneyText() {
    }

    public static String format(Money money, Locale locale) {
        NumberFormat f = NumberFormat.getCurrencyInstance(locale);
        f.setCurrency(money.currency());
        boolean whole = money.minor() % 100 == 0 || money.currency().getDefaultFractionDigits() == 0;
        f.setMinimumFractionDigits(whole ? 0 : money.currency().getDefaultFractionDigits());
        f.setMaximumFractionDigits(money.currency().getDefaultFractionDigits());
        String text = f.format(money.toDecimal());
        if (money.currency().equals(Money.RUB)) {
            text = text.replace("RUB", "₽").replace("руб.", "₽");
            if (text.startsWith("₽")) {
                // English puts the symbol first ("₽290"); Russians read "290 ₽" everywhere.
                text = text.substring(1).strip() + "\u00a0₽";
            }
        }
        return text;
    }
}
