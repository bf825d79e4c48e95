package app.stoika.ops.command.restore;

/** A replacing restore was not confirmed; nothing was changed. */
public class NotConfirmedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NotConfirmedException(String message) {
        super(message);
    }
}
