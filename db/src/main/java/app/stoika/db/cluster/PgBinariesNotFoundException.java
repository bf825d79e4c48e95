package app.stoika.db.cluster;

/** No usable PostgreSQL installation; the message says what to install or configure. */
public class PgBinariesNotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PgBinariesNotFoundException(String message) {
        super(message);
    }
}
