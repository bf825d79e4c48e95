package app.stoika.ops.config;

/** A missing or bad setting; the message names the setting and, where known, the file. */
public class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message);
    }
}
