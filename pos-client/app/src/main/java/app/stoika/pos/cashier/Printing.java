package app.stoika.pos.cashier;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Consumer;

import app.stoika.pos.app.AppContext;
import app.stoika.pos.order.PlacedOrder;
import app.stoika.pos.reporting.PrintingException;
import app.stoika.pos.reporting.PrintoutAssembler;
import app.stoika.pos.reporting.ReceiptPrinter;
import app.stoika.pos.reporting.ReceiptRenderer;
import app.stoika.pos.reporting.ReportTemplates;
import app.stoika.pos.reporting.ShiftReportRenderer;
import app.stoika.pos.settings.CafeSettings;
import app.stoika.pos.shift.ShiftReport;
import app.stoika.pos.ui.Messages;

/**
 * Receipts and shift reports, off the UI thread: build the printout from the database, render it with
 * JasperReports in the current language, send it to the till's printer (or save it as a PDF), and say what
 * happened in one sentence. Remembers the last receipt for "print again".
 */
public final class Printing {
    private final AppContext context;
    private final Messages messages;
    private final PrintoutAssembler assembler;
    private final ReceiptRenderer receipts;
    private final ShiftReportRenderer shiftReports;
    private final ReceiptPrinter printer;
    private final Consumer<String> notify;
    private final Clock clock = Clock.systemDefaultZone();
    private volatile Long lastOrderId;

    /** @param notify shows the outcome of a print that no sheet is waiting for (shift reports) */
    public Printing(AppContext context, CafeSettings cafe, String printerSetting, Messages messages,
                    Consumer<String> notify) {
        this.context = context;
        this.messages = messages;
        this.notify = notify;
        this.assembler = new PrintoutAssembler(context.orders(), context.payments(), context.customers(),
                context.staff(), cafe, ZoneId.systemDefault());
        ReportTemplates templates = new ReportTemplates();
        this.receipts = new ReceiptRenderer(templates);
        this.shiftReports = new ShiftReportRenderer(templates);
        this.printer = ReceiptPrinter.forSetting(printerSetting, clock);
        // Loading the templates takes a moment; do it now so that the first receipt prints at once.
        context.tasks().execute(() -> {
            templates.prepareAll();
            return true;
        }, ok -> { }, e -> { });
    }

    public void printReceipt(PlacedOrder order, Consumer<String> status) {
        lastOrderId = order.orderId();
        print(order.orderId(), false, status);
    }

    public void reprintLastReceipt(Consumer<String> status) {
        Long id = lastOrderId;
        if (id == null) {
            status.accept(messages.get("print.nothing_yet"));
            return;
        }
        print(id, true, status);
    }

    private void print(long orderId, boolean reprint, Consumer<String> status) {
        var locale = messages.locale();
        status.accept(messages.get("print.printing"));
        context.tasks().execute(() -> printer.print(receipts.render(assembler.receipt(orderId, reprint), locale)),
                file -> status.accept(done("print.receipt", file)), e -> status.accept(failure(e)));
    }

    public void printShiftReport(ShiftReport report) {
        var locale = messages.locale();
        context.tasks().execute(() -> printer.print(shiftReports.render(assembler.shiftReport(report, clock.instant()),
                        locale)),
                file -> notify.accept(done(report.closed() ? "print.z" : "print.x", file)),
                e -> notify.accept(failure(e)));
    }

    private String done(String what, Optional<Path> file) {
        return file.map(f -> messages.get(what + ".saved", f.toString())).orElse(messages.get(what + ".printed"));
    }

    private String failure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PrintingException p) {
                return p.message(messages.locale());
            }
        }
        return messages.describe(e);
    }
}
