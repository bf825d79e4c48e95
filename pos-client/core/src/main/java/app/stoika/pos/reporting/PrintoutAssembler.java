package app.stoika.pos.reporting;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import app.stoika.pos.customer.Customer;
import app.stoika.pos.customer.CustomerService;
import app.stoika.pos.order.CustomerOrder;
import app.stoika.pos.order.OrderItem;
import app.stoika.pos.order.OrderService;
import app.stoika.pos.payment.PaymentKind;
import app.stoika.pos.payment.PaymentService;
import app.stoika.pos.payment.StoredPayment;
import app.stoika.pos.settings.CafeSettings;
import app.stoika.pos.shared.DomainException;
import app.stoika.pos.shared.ErrorKind;
import app.stoika.pos.shared.Money;
import app.stoika.pos.shift.ShiftReport;
import app.stoika.pos.staff.Employee;
import app.stoika.pos.staff.StaffService;
import app.stoika.pos.staff.Terminal;

/**
 * Builds what gets printed from what is stored: a receipt from the order, its payments and the people involved;
 * a shift report sheet from the shift's figures. Reads the database, so a reprint shows exactly what was sold and
 * paid (a partly cancelled order prints what is still on it).
 */
public final class PrintoutAssembler {
    private final OrderService orders;
    private final PaymentService payments;
    private final CustomerService customers;
    private final StaffService staff;
    private final CafeSettings cafe;
    private final ZoneId zone;

    public PrintoutAssembler(OrderService orders, PaymentService payments, CustomerService customers,
                             StaffService staff, CafeSettings cafe, ZoneId zone) {
        this.orders = orders;
        this.payments = payments;
        this.customers = customers;
        this.staff = staff;
        this.cafe = cafe;
        this.zone = zone;
    }

    public ReceiptData receipt(long orderId, boolean reprint) {
        CustomerOrder order = orders.find(orderId)
                .orElseThrow(() -> new DomainException(ErrorKind.NOT_FOUND, "order.error.not_found"));
        var currency = cafe.currency();
        List<ReceiptLine> lines = order.items().stream()
                .filter(item -> item.activeQuantity() > 0)
                .map(item -> line(item, currency))
                .toList();
        List<ReceiptPayment> paid = payments.paymentsOf(orderId).stream()
                .filter(p -> p.kind() == PaymentKind.SALE)
                .map(PrintoutAssembler::payment)
                .toList();
        Optional<Customer> customer = order.customerId().flatMap(customers::find);
        Money subtotal = Money.ofMinor(order.subtotalMinor() - order.cancelledMinor(), currency);
        Money discount = Money.ofMinor(order.discountMinor(), currency);
        return new ReceiptData(cafe.cafeName(), cafe.cafeAddress(), order.dailyNumber(), order.createdAt(), zone,
                employeeName(order.employeeId()), terminalName(order.terminalId()), lines, subtotal, discount,
                order.pointsRedeemed(), Money.ofMinor(order.totalMinor(), currency), paid,
                customer.map(c -> new ReceiptCustomer(c.name(), c.points())).orElse(null), reprint);
    }

    public ShiftReportData shiftReport(ShiftReport report, Instant printedAt) {
        List<CashMovementLine> movements = report.movements().stream()
                .map(m -> new CashMovementLine(m.kind() == app.stoika.pos.shift.CashMovementKind.IN
                        ? CashMovementKind.CASH_IN : CashMovementKind.CASH_OUT, m.amount(), m.reason(), m.employee(),
                        m.at()))
                .toList();
        return new ShiftReportData(report.closed() ? ShiftReportKind.Z : ShiftReportKind.X, cafe.cafeName(),
                report.terminalName(), report.shiftId(), report.openedBy(), report.openedAt(),
                report.closedBy().orElse(null), report.closedAt().orElse(null), report.openingFloat(),
                report.cashSales(), report.cardSales(), report.cashRefunds(), report.cardRefunds(), report.cashIn(),
                report.cashOut(), report.expectedCash(), report.counted().orElse(null), report.salesCount(),
                report.cancelledCount(), movements, printedAt, zone);
    }

    private static ReceiptLine line(OrderItem item, java.util.Currency currency) {
        Money unit = Money.ofMinor(item.unitPriceMinor(), currency);
        List<ReceiptOption> options = item.options().stream()
                .map(o -> new ReceiptOption(o.optionName(), Money.ofMinor(o.priceDeltaMinor(), currency)))
                .toList();
        return new ReceiptLine(item.productName(), item.activeQuantity(), unit, options,
                unit.times(item.activeQuantity()), item.note().orElse(null));
    }

    private static ReceiptPayment payment(StoredPayment p) {
        return switch (p.method()) {
            case CASH -> ReceiptPayment.cash(p.amount(), p.tendered().orElse(p.amount()));
            case CARD -> ReceiptPayment.card(p.amount());
        };
    }

    private String employeeName(long id) {
        return staff.employee(id).map(Employee::fullName).orElse("#" + id);
    }

    private String terminalName(long id) {
        return staff.terminals().stream().filter(t -> t.id() == id).map(Terminal::name).findFirst().orElse("#" + id);
    }
}
