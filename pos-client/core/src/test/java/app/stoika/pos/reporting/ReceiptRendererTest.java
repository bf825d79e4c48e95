package app.stoika.pos.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import net.sf.jasperreports.engine.JasperPrint;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
/** The receipt as the guest reads it: text extracted from the real PDF, so missing fonts or labels show up here. */
class ReceiptRendererTest {
    private static ReceiptRenderer renderer;

    @BeforeAll
    static void prepareOnce() {
        renderer = new ReceiptRenderer(new ReportTemplates());
    }

    @Test
    void russianReceiptShowsTheOrderThePaymentAndTheGuest() {
        String text = PdfText.of(renderer.pdf(Samples.receipt(false), Samples.RUSSIAN));

        assertThat(text).contains("Чайная станция", "ул. Ленина, 1", "Заказ № 12", "23.11.2026, 15:30");
        assertThat(text).contains("Кассир: Анна Смирнова", "Касса: Касса у окна");
        assertThat(text).contains("Капучино большой", "2 × 360,00 ₽", "720,00 ₽", "Чизкейк Нью-Йорк", "320,00 ₽");
        assertThat(text).contains("+ Овсяное молоко", "+60,00 ₽", "+ Сироп ваниль", "+40,00 ₽");
        assertThat(text).contains("Примечание: Без сахара, погорячее");
        assertThat(text).contains("Сумма", "1 040,00 ₽", "Скидка", "-50,00 ₽", "Списано баллов", "ИТОГО", "990,00 ₽");
        assertThat(text).contains("Наличные", "500,00 ₽", "Получено", "1 000,00 ₽", "Карта", "490,00 ₽");
        assertThat(PdfText.lineWith(text, "Сдача")).contains("500,00 ₽");
        assertThat(text).contains("Гость: Иван Петров", "Баланс баллов", "320");
        assertThat(text).doesNotContain("КОПИЯ").doesNotContain("receipt.");
    }

    @Test
    void englishLocalePrintsEnglishLabelsAroundTheSameOrder() {
        String text = PdfText.of(renderer.pdf(Samples.receipt(false), Locale.ENGLISH));

        assertThat(text).contains("Order #12", "Cashier: Анна Смирнова", "Till: Касса у окна", "Note: Без сахара",
                "Subtotal", "Discount", "TOTAL", "Cash", "Received", "Card", "Guest: Иван Петров", "Points balance");
        assertThat(PdfText.lineWith(text, "Change")).contains("500.00");
        assertThat(text).contains("₽990.00", "₽1,040.00");
        assertThat(text).doesNotContain("Кассир", "Сдача", "ИТОГО", "Наличные");
    }

    @Test
    void aReprintSaysItIsACopy() {
        assertThat(PdfText.of(renderer.pdf(Samples.receipt(true), Samples.RUSSIAN))).contains("КОПИЯ");
        assertThat(PdfText.of(renderer.pdf(Samples.receipt(true), Locale.ENGLISH))).contains("COPY");
    }

    @Test
    void sixtyLinesPrintAsOneContinuousStrip() {
        JasperPrint print = renderer.render(Samples.longReceipt(60), Samples.RUSSIAN);
        byte[] pdf = PdfExport.toPdf(print);

        assertThat(print.getPages()).hasSize(1);
        assertThat(PdfText.pages(pdf)).isEqualTo(1);
        assertThat(print.getPageWidth()).isEqualTo(226);
        assertThat(print.getPageHeight()).as("the strip grows with the order").isGreaterThan(60 * 25);
        String text = PdfText.of(pdf);
        for (int i = 1; i <= 60; i++) {
            assertThat(text).contains("Чай улун № " + i + "\n");
        }
        assertThat(text).contains("ИТОГО", "9 000,00 ₽");
    }

    @Test
    void aShortReceiptIsAShortStrip() {
        JasperPrint print = renderer.render(Samples.longReceipt(1), Samples.RUSSIAN);
        assertThat(print.getPageHeight()).as("no blank paper fed after a one-line receipt").isLessThan(300);
    }
}
