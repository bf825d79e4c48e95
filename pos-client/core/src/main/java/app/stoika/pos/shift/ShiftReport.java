package app.stoika.pos.shift;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import app.stoika.pos.shared.Money;

/**
 * The figures of one shift: an X report while it is open (figures so far), the Z report once it is closed
 * (final: nothing can be added to a closed shift). Expected cash is what should be in the drawer:
 * opening float + cash sales − cash refunds + cash in − cash out; the difference is counted − expected
 * (negative: cash is missing). Sales and refunds are the amounts paid (change excluded). The sales count
 * is the orders sold in this shift; the cancelled count is the orders fully cancelled at this till in it.
 */
public record ShiftReport(long shiftId, long terminalId, String terminalName,
                          String openedBy, Instant openedAt, Optional<String> closedBy, Optional<Instant> closedAt,
                          Money openingFloat, Money cashSales, Money cardSales, Money cashRefunds, Money cardRefunds,
                          Money cashIn, Money cashOut, Money expectedCash, Optional<Money> counted,
                          int salesCount, int cancelledCount, List<CashMovementLine> movements) {
    public ShiftReport {
        movements = List.copyOf(movements);
    }

    public boolean closed() {
        return closedAt.isPresent();
    }

    /** Counted − expected, once the drawer was counted at close. */
    public Optional<Money> difference() {
        return counted.map(c -> c.minus(expectedCash));
    }
}
