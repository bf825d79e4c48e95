package app.stoika.pos.shift;

import java.util.Map;
import java.util.Optional;

import app.stoika.pos.security.Approval;
import app.stoika.pos.security.EmployeeSession;
import app.stoika.pos.security.Permission;
import app.stoika.pos.shared.DomainException;
import app.stoika.pos.shared.ErrorKind;
import app.stoika.pos.shared.Money;
import app.stoika.pos.shared.Text;
import app.stoika.pos.shared.Transactions;

/**
 * Cash shifts, one open at a time per till: open with a float, put cash in, take cash out (a manager's
 * action), read the X report at any time, close with the counted cash (the Z report). The shift belongs
 * to the till, not to the cashier: a cashier switch at the till leaves it open. A till sells only while
 * it has an open shift. Each call is one database transaction, checked against the employee session.
 */
public final class ShiftService {
    public static final int MAX_REASON = 200;

    private final Transactions transactions;
    private final ShiftRepository shifts;

    public ShiftService(Transactions transactions, ShiftRepository shifts) {
        this.transactions = transactions;
        this.shifts = shifts;
    }

    /** The open shift at the session's till, if any. */
    public Optional<Shift> current(EmployeeSession session) {
        return transactions.inTransaction(() -> shifts.openAt(session.terminalId()));
    }

    /**
     * Opens a shift at the session's till with the cash put in the drawer to give change (may be zero).
     *
     * @throws DomainException {@code shift.error.already_open} when the till has an open shift
     */
    public Shift open(EmployeeSession session, Money openingFloat) {
        requireAmount(openingFloat, 0);
        return transactions.inTransaction(() -> {
            shifts.open(session, openingFloat);
            return shifts.openAt(session.terminalId()).orElseThrow();
        });
    }

    public void cashIn(EmployeeSession session, Money amount, String reason) {
        requireAmount(amount, 1);
        String cleaned = Text.required("reason", reason, MAX_REASON);
        transactions.run(() -> shifts.cashIn(session, amount, cleaned));
    }

    /**
     * Takes cash out of the drawer. A cashier needs a manager's {@link Approval} for
     * {@link Permission#CASH_OUT}; {@code approvalOrNull} may be null for a manager or admin.
     *
     * @throws DomainException {@code shift.error.not_enough_cash} when the drawer should hold less
     */
    public void cashOut(EmployeeSession session, Money amount, String reason, Approval approvalOrNull) {
        requireAmount(amount, 1);
        String cleaned = Text.required("reason", reason, MAX_REASON);
        transactions.run(() -> shifts.cashOut(session, amount, cleaned, approvalOrNull));
    }

    /** The X report: the figures of the open shift at the session's till so far. */
    public ShiftReport report(EmployeeSession session) {
        return transactions.inTransaction(() -> {
            long id = shifts.openAt(session.terminalId())
                    .orElseThrow(() -> new DomainException(ErrorKind.CONFLICT, "shift.error.not_open",
                            Map.of("terminal_id", session.terminalId())))
                    .id();
            return shifts.report(id).orElseThrow();
        });
    }

    /**
     * Closes the open shift at the session's till with the cash counted in the drawer; returns the Z report.
     * Sales committed before the close are in its figures; sales after it are refused until a new shift opens.
     */
    public ShiftReport close(EmployeeSession session, Money countedCash) {
        requireAmount(countedCash, 0);
        return transactions.inTransaction(() -> shifts.report(shifts.close(session, countedCash)).orElseThrow());
    }

    public ShiftReport reportOf(long shiftId) {
        return transactions.inTransaction(() -> shifts.report(shiftId))
                .orElseThrow(() -> new DomainException(ErrorKind.NOT_FOUND, "shift.error.unknown",
                        Map.of("shift_id", shiftId)));
    }

    private static void requireAmount(Money amount, long minMinor) {
        if (amount == null || amount.minor() < minMinor) {
            throw new DomainException(ErrorKind.INVALID, "shift.error.bad_amount", Map.of("min", minMinor));
        }
    }
}
