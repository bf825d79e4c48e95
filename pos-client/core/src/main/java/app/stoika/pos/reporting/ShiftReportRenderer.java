package app.stoika.pos.reporting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;

import app.stoika.pos.shared.Money;

/**
 * Lays out an X or Z shift report on the same 80 mm strip as the receipt (shift-report.jrxml): sales by way of
 * payment, the cash drawer's sum from opening float to expected cash, the counted cash and the difference as
 * "over" or "short", then each cash-in and cash-out of the shift.
 */
public final class ShiftReportRenderer extends Renderer<ShiftReportData> {
    public ShiftReportRenderer(ReportTemplates templates) {
        super(templates, ReportTemplates.SHIFT_REPORT);
    }

    @Override
    String printName(ShiftReportData report) {
        return "shift-" + report.kind().name().toLowerCase(Locale.ROOT) + "-" + report.shiftId();
    }

    @Override
    Map<String, Object> parameters(ShiftReportData r, ReportText text) {
        Map<String, Object> p = new HashMap<>();
        String kind = r.kind().name().toLowerCase(Locale.ROOT);
        p.put("TITLE_KEY", "shift.title." + kind);
        p.put("SUBTITLE_KEY", "shift.subtitle." + kind);
        p.put("CAFE_NAME", r.cafeName());
        p.put("TERMINAL", r.terminalName());
        p.put("SHIFT_ID", Long.toString(r.shiftId()));
        p.put("OPENED", r.openedBy() + ", " + text.dateTime(r.openedAt(), r.zone()));
        boolean closed = r.closedAt() != null && r.closedBy() != null;
        p.put("IS_CLOSED", closed);
        p.put("CLOSED", closed ? r.closedBy() + ", " + text.dateTime(r.closedAt(), r.zone()) : null);

        p.put("SALES_COUNT", Integer.toString(r.salesCount()));
        p.put("CANCELLED_COUNT", Integer.toString(r.cancelledCount()));
        p.put("CASH_SALES", text.money(r.cashSales()));
        p.put("CARD_SALES", text.money(r.cardSales()));
        p.put("TOTAL_SALES", text.money(r.totalSales()));
        p.put("CASH_REFUNDS", text.minus(r.cashRefunds()));
        p.put("CARD_REFUNDS", text.minus(r.cardRefunds()));
        p.put("NET_SALES", text.money(r.netSales()));

        p.put("OPENING_FLOAT", text.money(r.openingFloat()));
        p.put("CASH_IN", text.money(r.cashIn()));
        p.put("CASH_OUT", text.minus(r.cashOut()));
        p.put("EXPECTED_CASH", text.money(r.expectedCash()));
        p.put("IS_COUNTED", r.countedCash() != null);
        p.put("COUNTED_CASH", r.countedCash() == null ? null : text.money(r.countedCash()));
        Money difference = r.difference().orElse(null);
        p.put("DIFFERENCE_KEY", differenceKey(difference));
        // The word says which way; the amount is the magnitude, as a cashier counts it ("недостача 150 ₽").
        p.put("DIFFERENCE", difference == null ? null
                : text.money(difference.isNegative() ? difference.times(-1) : difference));

        p.put("HAS_MOVEMENTS", !r.movements().isEmpty());
        p.put("PRINTED_AT", text.dateTime(r.printedAt(), r.zone()));
        return p;
    }

    static String differenceKey(Money difference) {
        if (difference == null) {
            return null;
        }
        return difference.isZero() ? "shift.difference.none"
                : difference.isNegative() ? "shift.difference.short" : "shift.difference.over";
    }

    @Override
    JRDataSource rows(ShiftReportData r, ReportText text) {
        List<Map<String, ?>> rows = new ArrayList<>();
        for (CashMovementLine m : r.movements()) {
            Map<String, Object> row = new HashMap<>();
            row.put("time", text.time(m.at(), r.zone()));
            row.put("kindKey", m.kind().bundleKey());
            row.put("amount", m.kind() == CashMovementKind.CASH_IN ? text.money(m.amount()) : text.minus(m.amount()));
            row.put("details", m.reason() == null ? m.employeeName() : m.reason() + " — " + m.employeeName());
            rows.add(row);
        }
        return new JRMapCollectionDataSource(rows);
    }
}
