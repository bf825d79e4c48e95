package app.stoika.ops.cli;

/** The exit codes every subcommand uses (documented in README.md). */
public final class ExitCodes {
    public static final int OK = 0;
    /** The operation failed (a PostgreSQL tool failed, the server could not be reached, ...). */
    public static final int FAILED = 1;
    /** The command line is wrong. */
    public static final int USAGE = 2;
    /** A setting is missing or bad. */
    public static final int CONFIG = 3;
    /** A backup failed verification, or a restore was refused before anything was touched. */
    public static final int REFUSED = 4;
    /** A replacing restore was not confirmed. */
    public static final int NOT_CONFIRMED = 5;

    private ExitCodes() {
    }
}
