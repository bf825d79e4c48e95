package app.stoika.pos.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import app.stoika.pos.shared.Money;

/** X and Z reports as the manager reads them at the till, from the real PDF's text. */
class ShiftReportRendererTest {
    private static ShiftReportRenderer renderer;

    @BeforeAll
    static void prepareOnce() {
        renderer = new ShiftReportRenderer(new ReportTemplates());
    }

    @Test
    void xReportIsAnInterimReadingWithoutCountOrClose() {
        String text = PdfText.of(renderer.pdf(Samples.shift(ShiftReportKind.X, null), Samples.RUSSIAN));

        assertThat(text).contains("X-ОТЧЁТ", "смена не закрыта", "Чайная станция", "Касса: Касса у окна", "Смена № 42",
                "Открыта: Анна Смирнова, 23.11.2026, 08:00");
        assertThat(PdfText.lineWith(text, "Продаж ")).contains("57");
        assertThat(PdfText.lineWith(text, "Отменено заказов")).contains("3");
        assertThat(PdfText.lineWith(text, "Продажи наличными")).contains("12 500,00 ₽");
        assertThat(PdfText.lineWith(text, "Продажи картой")).contains("23 450,50 ₽");
        assertThat(PdfText.lineWith(text, "Всего продаж")).contains("35 950,50 ₽");
        assertThat(PdfText.lineWith(text, "Возвраты наличными")).contains("-300,00 ₽");
        assertThat(PdfText.lineWith(text, "Выручка")).contains("35 650,50 ₽");
        assertThat(PdfText.lineWith(text, "Размен на начало смены")).contains("5 000,00 ₽");
        assertThat(PdfText.lineWith(text, "Изъятия")).contains("-3 000,00 ₽");
        assertThat(PdfText.lineWith(text, "Должно быть в кассе")).contains("15 200,00 ₽");
        assertThat(text).doesNotContain("Закрыта", "Пересчитано", "Излишек", "Недостача", "Z-ОТЧЁТ");
    }

    @Test
    void zReportWithMoreCashThanExpectedSaysOver() {
        String text = PdfText.of(renderer.pdf(Samples.shift(ShiftReportKind.Z, Money.rub(1_535_000)), Samples.RUSSIAN));

        assertThat(text).contains("Z-ОТЧЁТ", "Смена закрыта", "Закрыта: Борис Иванов, 23.11.2026, 22:00");
        assertThat(PdfText.lineWith(text, "Пересчитано")).contains("15 350,00 ₽");
        assertThat(PdfText.lineWith(text, "Излишек")).contains("150,00 ₽");
        assertThat(text).doesNotContain("Недостача", "Без расхождений");
    }

    @Test
    void zReportWithLessCashThanExpectedSaysShort() {
        String text = PdfText.of(renderer.pdf(Samples.shift(ShiftReportKind.Z, Money.rub(1_505_000)), Samples.RUSSIAN));

        assertThat(PdfText.lineWith(text, "Пересчитано")).contains("15 050,00 ₽");
        assertThat(PdfText.lineWith(text, "Недостача")).contains("150,00 ₽");
        assertThat(text).doesNotContain("Излишек", "Без расхождений");
    }

    @Test
    void zReportThatBalancesSaysSo() {
        String text = PdfText.of(renderer.pdf(Samples.shift(ShiftReportKind.Z, Money.rub(1_520_000)), Samples.RUSSIAN));

        assertThat(PdfText.lineWith(text, "Без расхождений")).contains("0,00 ₽");
        assertThat(text).doesNotContain("Излишек", "Недостача");
    }

    @Test
    void cashMovementsAreListedWithTimeReasonAndWho() {
        String text = PdfText.of(renderer.pdf(Samples.shift(ShiftReportKind.Z, Money.rub(1_520_000)), Samples.RUSSIAN));

        assertThat(text).contains("ВНЕСЕНИЯ И ИЗЪЯТИЯ");
        assertThat(PdfText.lineWith(text, "09:00")).contains("Внесение", "1 000,00 ₽");
        assertThat(text).contains("Размен из банка — Анна Смирнова");
        assertThat(PdfText.lineWith(text, "18:00")).contains("Изъятие", "-3 000,00 ₽");
        assertThat(text).contains("Оплата поставщику молока — Борис Иванов");
        assertThat(text).contains("Напечатано: 23.11.2026, 22:01");
    }

    @Test
    void englishReportUsesEnglishWords() {
        String over = PdfText.of(renderer.pdf(Samples.shift(ShiftReportKind.Z, Money.rub(1_535_000)), Locale.ENGLISH));
        String shortOf = PdfText.of(renderer.pdf(Samples.shift(ShiftReportKind.Z, Money.rub(1_505_000)), Locale.ENGLISH));

        assertThat(over).contains("Z REPORT", "Shift #42", "Expected in drawer", "Counted", "Cash out");
        assertThat(PdfText.lineWith(over, "Over")).contains("₽150.00");
        assertThat(PdfText.lineWith(shortOf, "Short")).contains("₽150.00");
        assertThat(over).doesNotContain("Излишек", "Должно быть");
    }

    @Test
    void aShiftWithoutCashMovementsHasNoSectionForThem() {
        ShiftReportData quiet = new ShiftReportData(ShiftReportKind.X, "Чайная станция", "Касса 1", 7, "Анна",
                Instant.parse("2026-11-23T05:00:00Z"), null, null, Money.rub(500_000), Money.rub(0), Money.rub(0),
                Money.rub(0), Money.rub(0), Money.rub(0), Money.rub(0), Money.rub(500_000), null, 0, 0, List.of(),
                Instant.parse("2026-11-23T06:00:00Z"), Samples.MOSCOW);
        String text = PdfText.of(renderer.pdf(quiet, Samples.RUSSIAN));

        assertThat(text).contains("X-ОТЧЁТ", "Смена № 7").doesNotContain("ВНЕСЕНИЯ И ИЗЪЯТИЯ");
        assertThat(PdfText.lineWith(text, "Должно быть в кассе")).contains("5 000,00 ₽");
    }

    @Test
    void aZReportNeedsAClosedShift() {
        ShiftReportData x = Samples.shift(ShiftReportKind.X, null);
        assertThatThrownBy(() -> new ShiftReportData(ShiftReportKind.Z, x.cafeName(), x.terminalName(), x.shiftId(),
                x.openedBy(), x.openedAt(), null, null, x.openingFloat(), x.cashSales(), x.cardSales(), x.cashRefunds(),
                x.cardRefunds(), x.cashIn(), x.cashOut(), x.expectedCash(), x.countedCash(), x.salesCount(),
                x.cancelledCount(), x.movements(), x.printedAt(), x.zone()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("closed shift");
    }
}
