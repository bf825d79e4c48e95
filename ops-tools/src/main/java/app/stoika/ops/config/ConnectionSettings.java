package app.stoika.ops.config;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How the tools reach the POS database. The password comes only from the config file or PGPASSWORD, never
 * from the command line, and is handed to programs through the environment.
 */
public record ConnectionSettings(String host, int port, String database, String user, String password) {
    public ConnectionSettings {
        requireText("connection.host", host);
        requireText("connection.database", database);
        requireText("connection.user", user);
        if (port < 1 || port > 65535) {
            throw new ConfigException("connection.port must be between 1 and 65535, not " + port);
        }
    }

    public Optional<String> passwordValue() {
        return Optional.ofNullable(password).filter(p -> !p.isEmpty());
    }

    public ConnectionSettings withDatabase(String other) {
        return new ConnectionSettings(host, port, other, user, password);
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    /** Connection options for libpq programs: -h -p -U (the database goes where each program wants it). */
    public java.util.List<String> libpqArguments() {
        return java.util.List.of("-h", host, "-p", Integer.toString(port), "-U", user);
    }

    /** Environment for libpq programs: the password (if any) and no interactive prompt. */
    public Map<String, String> libpqEnvironment() {
        Map<String, String> env = new HashMap<>();
        passwordValue().ifPresent(p -> env.put("PGPASSWORD", p));
        env.put("PGCONNECT_TIMEOUT", "10");
        return env;
    }

    @Override
    public String toString() {
        return user + "@" + host + ":" + port + "/" + database;
    }

    static void requireText(String key, String value) {
        if (value == null || value.isBlank()) {
            throw new ConfigException(key + " is missing");
        }
    }
}
