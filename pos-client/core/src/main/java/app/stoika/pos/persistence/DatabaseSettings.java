package app.stoika.pos.persistence;

import java.util.Objects;

/**
 * Where the client's database is and how to log in. The password is held only in memory and never
 * printed: {@link #toString()} leaves it out.
 */
public record DatabaseSettings(String jdbcUrl, String user, String password, int poolSize) {
    public DatabaseSettings {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(user, "user");
        if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("database.url must start with jdbc:postgresql: but was " + jdbcUrl);
        }
        if (poolSize < 1 || poolSize > 100) {
            throw new IllegalArgumentException("database.pool-size must be between 1 and 100, was " + poolSize);
        }
    }

    @Override
    public String toString() {
        return "DatabaseSettings[" + jdbcUrl + ", user=" + user + ", password=" + (password == null ? "none" : "***")
                + ", poolSize=" + poolSize + "]";
    }
}
