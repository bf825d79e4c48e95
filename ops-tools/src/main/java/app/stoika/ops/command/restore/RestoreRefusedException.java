package app.stoika.ops.command.restore;

/** A restore was refused before anything was touched; the message says which file and what to do. */
public class RestoreRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RestoreRefusedException(String message) {
        super(message);
    }
}
