package app.stoika.pos.cashier.shift;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;

import app.stoika.pos.shared.Money;
import app.stoika.pos.shift.ShiftReport;
import app.stoika.pos.ui.Messages;
import app.stoika.pos.ui.MoneyText;

/** The figures of a shift report as a two-column table (label, amount), for the X and Z reports on screen. */
final class ShiftFigures extends GridPane {
    ShiftFigures(ShiftReport report, Messages messages) {
        getStyleClass().add("shift-figures");
        setHgap(24);
        setVgap(6);
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(messages.locale()).withZone(ZoneId.systemDefault());
        int row = 0;
        row = add(row, messages.get("shift.figure.opened"), report.openedBy() + ", " + time.format(report.openedAt()), null);
        if (report.closedAt().isPresent()) {
            row = add(row, messages.get("shift.figure.closed"),
                    report.closedBy().orElse("") + ", " + time.format(report.closedAt().get()), null);
        }
        row = add(row, messages.get("shift.figure.float"), money(report.openingFloat(), messages), null);
        row = add(row, messages.get("shift.figure.sales_count"), String.valueOf(report.salesCount()), null);
        row = add(row, messages.get("shift.figure.cash_sales"), money(report.cashSales(), messages), null);
        row = add(row, messages.get("shift.figure.card_sales"), money(report.cardSales(), messages), null);
        row = add(row, messages.get("shift.figure.cash_refunds"), money(report.cashRefunds(), messages), null);
        row = add(row, messages.get("shift.figure.card_refunds"), money(report.cardRefunds(), messages), null);
        row = add(row, messages.get("shift.figure.cancelled"), String.valueOf(report.cancelledCount()), null);
        row = add(row, messages.get("shift.figure.cash_in"), money(report.cashIn(), messages), null);
        row = add(row, messages.get("shift.figure.cash_out"), money(report.cashOut(), messages), null);
        row = add(row, messages.get("shift.figure.expected"), money(report.expectedCash(), messages), "shift-expected");
        if (report.counted().isPresent()) {
            row = add(row, messages.get("shift.figure.counted"), money(report.counted().get(), messages), "shift-counted");
            Money difference = report.difference().orElseThrow();
            String key = difference.isZero() ? "shift.figure.exact"
                    : difference.isNegative() ? "shift.figure.short" : "shift.figure.over";
            Money size = difference.isNegative() ? Money.zero(difference.currency()).minus(difference) : difference;
            add(row, messages.get(key), difference.isZero() ? "" : money(size, messages), "shift-difference");
        }
    }

    private int add(int row, String label, String value, String id) {
        Label l = new Label(label);
        l.getStyleClass().add("figure-label");
        Label v = new Label(value);
        v.getStyleClass().add("figure-value");
        if (id != null) {
            v.setId(id);
            l.getStyleClass().add("figure-strong");
            v.getStyleClass().add("figure-strong");
        }
        add(l, 0, row);
        add(v, 1, row);
        return row + 1;
    }

    private static String money(Money value, Messages messages) {
        return MoneyText.format(value, messages.locale());
    }
}
