package app.stoika.pos.reporting;

/** X: a reading in the middle of a shift, which closes nothing. Z: the report that goes with closing the shift. */
public enum ShiftReportKind {
    X,
    Z
}
