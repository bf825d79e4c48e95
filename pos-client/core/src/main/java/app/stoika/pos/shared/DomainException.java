package app.stoika.pos.shared;

import java.util.Map;
import java.util.Optional;

/**
 * A refusal the user can act on. The message key names a sentence in the resource bundles
 * (messages.properties and messages_ru.properties); the arguments fill it in.
 */
public class DomainException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final ErrorKind kind;
    private final String messageKey;
    private final transient Map<String, Object> arguments;

    public DomainException(ErrorKind kind, String messageKey) {
        this(kind, messageKey, Map.of(), null);
    }

    public DomainException(ErrorKind kind, String messageKey, Map<String, Object> arguments) {
        this(kind, messageKey, arguments, null);
    }

    public DomainException(ErrorKind kind, String messageKey, Map<String, Object> arguments, Throwable cause) {
        super(messageKey + (arguments.isEmpty() ? "" : " " + arguments), cause);
        this.kind = kind;
        this.messageKey = messageKey;
        this.arguments = Map.copyOf(arguments);
    }

    public ErrorKind kind() { return kind; }
    public String messageKey() { return messageKey; }
    public Map<String, Object> arguments() { return arguments; }

    /** The first DomainException in a failure's cause chain (a Hibernate or executor wrapper around it). */
    public static Optional<DomainException> in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DomainException d) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
