package app.stoika.pos.app;

/** A setting is wrong; the message names the setting and says what is expected. Start-up stops. */
public final class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
