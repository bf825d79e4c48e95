package app.stoika.pos.reporting;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import app.stoika.pos.shared.Money;

/** Receipts and shift reports as the cashier screen would hand them over. */
final class Samples {
    static final Locale RUSSIAN = Locale.forLanguageTag("ru-RU");
    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    private Samples() {
    }

    /**
     * Two cappuccinos with oat milk and vanilla syrup and a note, a cheesecake; 50 ₽ discount; paid 500 ₽ in cash
     * (1 000 ₽ handed over, 500 ₽ change) and the rest by card; a loyalty guest.
     */
    static ReceiptData receipt(boolean reprint) {
        ReceiptLine cappuccino = new ReceiptLine("Капучино большой", 2, Money.rub(36_000),
                List.of(new ReceiptOption("Овсяное молоко", Money.rub(6_000)),
                        new ReceiptOption("Сироп ваниль", Money.rub(4_000))),
                Money.rub(72_000), "Без сахара, погорячее");
        ReceiptLine cheesecake = ReceiptLine.of("Чизкейк Нью-Йорк", 1, Money.rub(32_000));
        return new ReceiptData("Чайная станция", "ул. Ленина, 1", 12, Instant.parse("2026-11-23T12:30:00Z"), MOSCOW,
                "Анна Смирнова", "Касса у окна", List.of(cappuccino, cheesecake),
                Money.rub(104_000), Money.rub(5_000), 50, Money.rub(99_000),
                List.of(ReceiptPayment.cash(Money.rub(50_000), Money.rub(100_000)), ReceiptPayment.card(Money.rub(49_000))),
                new ReceiptCustomer("Иван Петров", 320), reprint);
    }

    /** A busy table's order: {@code count} different teas at 150 ₽, paid by card. */
    static ReceiptData longReceipt(int count) {
        List<ReceiptLine> lines = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            lines.add(ReceiptLine.of("Чай улун № " + i, 1, Money.rub(15_000)));
        }
        Money total = Money.rub(15_000L * count);
        return new ReceiptData("Чайная станция", null, 345, Instant.parse("2026-11-23T12:30:00Z"), MOSCOW, "Анна",
                "Касса 1", lines, total, Money.rub(0), 0, total, List.of(ReceiptPayment.card(total)), null, false);
    }

    /**
     * Shift 42: opened with 5 000 ₽, 12 500 ₽ cash sales and 23 450,50 ₽ by card, a 300 ₽ cash refund,
     * 1 000 ₽ put in and 3 000 ₽ taken out, so 15 200 ₽ expected; {@code counted} is what the cashier counted.
     */
    static ShiftReportData shift(ShiftReportKind kind, Money counted) {
        boolean closed = kind == ShiftReportKind.Z;
        return new ShiftReportData(kind, "Чайная станция", "Касса у окна", 42, "Анна Смирнова",
                Instant.parse("2026-11-23T05:00:00Z"), closed ? "Борис Иванов" : null,
                closed ? Instant.parse("2026-11-23T19:00:00Z") : null,
                Money.rub(500_000), Money.rub(1_250_000), Money.rub(2_345_050), Money.rub(30_000), Money.rub(0),
                Money.rub(100_000), Money.rub(300_000), Money.rub(1_520_000), counted, 57, 3,
                List.of(new CashMovementLine(CashMovementKind.CASH_IN, Money.rub(100_000), "Размен из банка", "Анна Смирнова",
                                Instant.parse("2026-11-23T06:00:00Z")),
                        new CashMovementLine(CashMovementKind.CASH_OUT, Money.rub(300_000), "Оплата поставщику молока",
                                "Борис Иванов", Instant.parse("2026-11-23T15:00:00Z"))),
                Instant.parse("2026-11-23T19:01:00Z"), MOSCOW);
    }
}
