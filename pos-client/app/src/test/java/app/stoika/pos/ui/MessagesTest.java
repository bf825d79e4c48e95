package app.stoika.pos.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import app.stoika.pos.shared.DomainException;
import app.stoika.pos.shared.ErrorKind;
import app.stoika.pos.shared.Money;

class MessagesTest {
    private final Locale saved = Locale.getDefault();

    @AfterEach
    void restore() {
        Locale.setDefault(saved);
    }

    @Test
    void russianByDefaultAndEnglishEvenOnARussianMachine() {
        Locale.setDefault(Messages.RUSSIAN);
        Messages messages = new Messages(Messages.RUSSIAN);
        assertThat(messages.get("catalog.refresh")).isEqualTo("Обновить");
        messages.toggleLanguage();
        assertThat(messages.locale()).isEqualTo(Locale.ENGLISH);
        assertThat(messages.get("catalog.refresh")).isEqualTo("Refresh");
        messages.toggleLanguage();
        assertThat(messages.get("catalog.refresh")).isEqualTo("Обновить");
    }

    @Test
    void argumentsAreFilledIn() {
        Messages messages = new Messages(Messages.RUSSIAN);
        assertThat(messages.get("catalog.product.unavailable", "Чизкейк")).isEqualTo("Нет: Чизкейк");
        assertThat(messages.get("catalog.product.portions_left", 3)).isEqualTo("осталось 3");
        messages.setLocale(Locale.ENGLISH);
        assertThat(messages.get("catalog.product.unavailable", "Чизкейк")).isEqualTo("Out of: Чизкейк");
    }

    @Test
    void failuresBecomeSentencesNeverStackTraces() {
        Messages messages = new Messages(Messages.RUSSIAN);
        DomainException shortage = new DomainException(ErrorKind.CONFLICT, "order.error.insufficient_stock");
        assertThat(messages.describe(new RuntimeException("wrapped", shortage))).startsWith("Заканчиваются ингредиенты");
        assertThat(messages.describe(new IllegalStateException("boom"))).startsWith("Что-то пошло не так");
        assertThat(messages.describe(new DomainException(ErrorKind.INVALID, "no.such.key"))).startsWith("Что-то пошло не так");
        messages.setLocale(Locale.ENGLISH);
        assertThat(messages.describe(shortage)).startsWith("Some ingredients are running out");
    }

    @Test
    void moneyShowsTheRoubleSignInBothLanguages() {
        assertThat(MoneyText.format(Money.rub(29000), Messages.RUSSIAN)).isEqualTo("290\u00a0₽");
        assertThat(MoneyText.format(Money.rub(29050), Messages.RUSSIAN)).isEqualTo("290,50\u00a0₽");
        assertThat(MoneyText.format(Money.rub(29000), Locale.ENGLISH)).isEqualTo("290\u00a0₽");
        assertThat(MoneyText.format(Money.rub(123456700), Messages.RUSSIAN)).isEqualTo("1\u00a0234\u00a0567\u00a0₽");
    }
}
