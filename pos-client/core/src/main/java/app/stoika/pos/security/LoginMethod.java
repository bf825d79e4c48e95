package app.stoika.pos.security;

/** How a session was opened: a PIN on the touchscreen or a password in the back office. */
public enum LoginMethod {
    PIN, PASSWORD;

    public static LoginMethod ofCode(String code) {
        return valueOf(code.toUpperCase(java.util.Locale.ROOT));
    }
}
