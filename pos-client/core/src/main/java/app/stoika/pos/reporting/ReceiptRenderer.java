package app.stoika.pos.reporting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;

import app.stoika.pos.shared.Money;

/**
 * Lays out a sale's receipt on the 80 mm strip (receipt.jrxml). The locale picks the labels and the number and
 * date formats; the receipt is one continuous page however many lines it has, as a roll printer wants it.
 */
public final class ReceiptRenderer extends Renderer<ReceiptData> {
    public ReceiptRenderer(ReportTemplates templates) {
        super(templates, ReportTemplates.RECEIPT);
    }

    @Override
    String printName(ReceiptData receipt) {
        return "receipt-" + receipt.orderNumber();
    }

    @Override
    Map<String, Object> parameters(ReceiptData receipt, ReportText text) {
        Map<String, Object> p = new HashMap<>();
        p.put("REPRINT", receipt.reprint());
        p.put("CAFE_NAME", receipt.cafeName());
        p.put("CAFE_ADDRESS", receipt.cafeAddress());
        p.put("ORDER_NUMBER", Integer.toString(receipt.orderNumber()));
        p.put("PLACED_AT", text.dateTime(receipt.placedAt(), receipt.zone()));
        p.put("CASHIER", receipt.cashierName());
        p.put("TERMINAL", receipt.terminalName());
        p.put("HAS_DISCOUNT", !receipt.discount().isZero());
        p.put("SUBTOTAL", text.money(receipt.subtotal()));
        p.put("DISCOUNT", text.minus(receipt.discount()));
        p.put("HAS_POINTS", receipt.pointsRedeemed() > 0);
        p.put("POINTS_REDEEMED", Long.toString(receipt.pointsRedeemed()));
        p.put("TOTAL", text.money(receipt.total()));
        p.put("PAYMENTS", payments(receipt.payments(), text));
        p.put("HAS_CUSTOMER", receipt.customer() != null);
        p.put("CUSTOMER_NAME", receipt.customer() == null ? null : receipt.customer().name());
        p.put("CUSTOMER_POINTS", receipt.customer() == null ? null : Long.toString(receipt.customer().pointsBalance()));
        return p;
    }

    @Override
    JRDataSource rows(ReceiptData receipt, ReportText text) {
        List<Map<String, ?>> rows = new ArrayList<>();
        for (ReceiptLine line : receipt.lines()) {
            Map<String, Object> row = new HashMap<>();
            row.put("name", line.name());
            row.put("quantityAndPrice", line.quantity() + " × " + text.money(line.unitPrice()));
            row.put("lineTotal", text.money(line.lineTotal()));
            row.put("hasOptions", !line.options().isEmpty());
            row.put("options", options(line.options(), text));
            row.put("note", line.note());
            rows.add(row);
        }
        return new JRMapCollectionDataSource(rows);
    }

    private static JRDataSource options(List<ReceiptOption> options, ReportText text) {
        List<Map<String, ?>> rows = new ArrayList<>();
        for (ReceiptOption option : options) {
            Money delta = option.priceDelta();
            // A free option ("без сахара") shows no amount; a paid one shows what it added per item.
            rows.add(Map.of("name", "+ " + option.name(), "delta", delta.isZero() ? "" : text.signed(delta)));
        }
        return new JRMapCollectionDataSource(rows);
    }

    private static JRDataSource payments(List<ReceiptPayment> payments, ReportText text) {
        List<Map<String, ?>> rows = new ArrayList<>();
        for (ReceiptPayment payment : payments) {
            Map<String, Object> row = new HashMap<>();
            row.put("methodKey", payment.method().bundleKey());
            row.put("amount", text.money(payment.amount()));
            row.put("hasChange", payment.hasChange());
            row.put("tendered", text.money(payment.tendered()));
            row.put("change", text.money(payment.change()));
            rows.add(row);
        }
        return new JRMapCollectionDataSource(rows);
    }
}
