package app.stoika.pos.reporting;

/** Cash put into the drawer (change from the bank) or taken out of it (paid to a supplier, taken to the safe). */
public enum CashMovementKind {
    CASH_IN,
    CASH_OUT;

    String bundleKey() {
        return this == CASH_IN ? "shift.movement.in" : "shift.movement.out";
    }
}
