package app.stoika.pos.reporting;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import app.stoika.pos.shared.Money;

/**
 * The figures of an X or Z shift report, as the shift's owner computed them. All amounts are positive magnitudes
 * (refunds and cash-outs are printed with a minus sign by the template).
 *
 * @param closedBy     who closed the shift; null while it is open (a Z report needs it)
 * @param closedAt     when it was closed; null while it is open (a Z report needs it)
 * @param expectedCash what the drawer should hold: opening float + cash sales - cash refunds + cash in - cash out
 * @param countedCash  what the cashier counted at the close; null when not counted (then no difference is printed)
 * @param zone         the café's time zone, for printed dates and times
 */
public record ShiftReportData(
        ShiftReportKind kind,
        String cafeName,
        String terminalName,
        long shiftId,
        String openedBy,
        Instant openedAt,
        String closedBy,
        Instant closedAt,
        Money openingFloat,
        Money cashSales,
        Money cardSales,
        Money cashRefunds,
        Money cardRefunds,
        Money cashIn,
        Money cashOut,
        Money expectedCash,
        Money countedCash,
        int salesCount,
        int cancelledCount,
        List<CashMovementLine> movements,
        Instant printedAt,
        ZoneId zone) {

    public ShiftReportData {
        Objects.requireNonNull(kind, "kind");
        cafeName = Printable.required("café name", cafeName);
        terminalName = Printable.required("terminal name", terminalName);
        openedBy = Printable.required("name of who opened the shift", openedBy);
        Objects.requireNonNull(openedAt, "openedAt");
        closedBy = Printable.optional(closedBy);
        if (kind == ShiftReportKind.Z && (closedBy == null || closedAt == null)) {
            throw new IllegalArgumentException("A Z report is printed for a closed shift: closedBy and closedAt are needed");
        }
        Objects.requireNonNull(expectedCash, "expectedCash");
        for (Money amount : Arrays.asList(openingFloat, cashSales, cardSales, cashRefunds, cardRefunds, cashIn, cashOut)) {
            Objects.requireNonNull(amount, "every shift figure is needed (zero for none)");
            Printable.sameCurrency(expectedCash, amount);
            if (amount.isNegative()) {
                throw new IllegalArgumentException("Shift figures are positive magnitudes, not " + amount);
            }
        }
        if (countedCash != null) {
            Printable.sameCurrency(expectedCash, countedCash);
        }
        if (salesCount < 0 || cancelledCount < 0) {
            throw new IllegalArgumentException("Counts are not negative");
        }
        movements = movements == null ? List.of() : List.copyOf(movements);
        for (CashMovementLine movement : movements) {
            Printable.sameCurrency(expectedCash, movement.amount());
        }
        Objects.requireNonNull(printedAt, "printedAt");
        Objects.requireNonNull(zone, "zone");
    }

    /** Counted minus expected: positive means over (more cash than expected), negative short; empty if not counted. */
    public Optional<Money> difference() {
        return countedCash == null ? Optional.empty() : Optional.of(countedCash.minus(expectedCash));
    }

    /** All sales, both ways of paying. */
    public Money totalSales() {
        return cashSales.plus(cardSales);
    }

    /** Sales less refunds: the shift's takings. */
    public Money netSales() {
        return totalSales().minus(cashRefunds).minus(cardRefunds);
    }
}
