package app.stoika.pos.shift;

import java.util.Optional;

import app.stoika.pos.security.Approval;
import app.stoika.pos.security.EmployeeSession;
import app.stoika.pos.shared.Money;

/**
 * Shifts in the database. Writes go through the session-checked shift functions, which act on the open
 * shift of the session's till; call inside a transaction.
 */
public interface ShiftRepository {
    /** Opens a shift at the session's till; returns its id. */
    long open(EmployeeSession session, Money openingFloat);

    /** Returns the movement's id. */
    long cashIn(EmployeeSession session, Money amount, String reason);

    /** {@code approval} may be null: it is needed only when the session's role may not take cash out. */
    long cashOut(EmployeeSession session, Money amount, String reason, Approval approval);

    /** Closes the open shift of the session's till with the counted cash; returns its id. */
    long close(EmployeeSession session, Money countedCash);

    Optional<Shift> openAt(long terminalId);

    /** The shift's figures and cash movements. */
    Optional<ShiftReport> report(long shiftId);
}
