package app.stoika.ops.command.backup;

/** A backup run failed; nothing was added to the repository. The message quotes the tool's output. */
public class BackupFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BackupFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
