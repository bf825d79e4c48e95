package app.stoika.pos.app;

import java.util.List;

/**
 * Start-up failed for a reason the user can act on. The message key names a sentence in the bundles;
 * the arguments fill it in; the cause's message is shown underneath as the technical detail.
 */
public final class StartupException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String messageKey;
    private final transient List<Object> arguments;

    public StartupException(String messageKey, List<Object> arguments, String technical, Throwable cause) {
        super(technical, cause);
        this.messageKey = messageKey;
        this.arguments = List.copyOf(arguments);
    }

    public String messageKey() { return messageKey; }
    public List<Object> arguments() { return arguments; }
}
