package app.stoika.db.process;

/** An external program exited with a non-zero code; the message quotes what it printed. */
public class ProcessFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient ProcessResult result;

    public ProcessFailedException(ProcessResult result) {
        super(describe(result));
        this.result = result;
    }

    public ProcessResult result() {
        return result;
    }

    private static String describe(ProcessResult r) {
        String program = r.command().isEmpty() ? "?" : r.command().get(0);
        return program + " failed with exit code " + r.exitCode() + ": " + r.diagnostics();
    }
}
