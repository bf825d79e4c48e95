package app.stoika.pos.persistence;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import app.stoika.pos.shared.DomainException;
import app.stoika.pos.shared.ErrorKind;

/**
 * Turns what PostgreSQL said into something the user can act on. The database functions raise
 * SQLSTATE SX400/SX403/SX404/SX409 with a message key as the message and JSON arguments as the detail;
 * constraint violations and lost connections get generic keys.
 */
final class SqlErrors {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private SqlErrors() {
    }

    static Optional<String> sqlState(Throwable e) {
        return sqlException(e).map(SQLException::getSQLState);
    }

    static boolean isRetryable(Throwable e) {
        return sqlState(e).map(s -> s.equals("40P01") || s.equals("40001")).orElse(false);
    }

    static RuntimeException translate(RuntimeException e) {
        if (e instanceof DomainException) {
            return e;
        }
        Optional<SQLException> sql = sqlException(e);
        if (sql.isEmpty()) {
            return e;
        }
        String state = sql.get().getSQLState() == null ? "" : sql.get().getSQLState();
        ServerErrorMessage server = sql.get() instanceof PSQLException p ? p.getServerErrorMessage() : null;
        if (state.startsWith("SX") && server != null) {
            return new DomainException(kindOf(state), server.getMessage(), arguments(server.getDetail()), e);
        }
        return switch (state.length() >= 2 ? state.substring(0, 2) : state) {
            case "08", "57" -> new DomainException(ErrorKind.UNAVAILABLE, "database.error.unavailable", Map.of(), e);
            case "42" -> state.equals("42501")
                    ? new DomainException(ErrorKind.FORBIDDEN, "database.error.forbidden", Map.of(), e)
                    : e;
            case "22" -> new DomainException(ErrorKind.INVALID, "database.error.bad_value", Map.of(), e);
            case "23" -> new DomainException(ErrorKind.CONFLICT, "database.error.constraint",
                    Map.of("constraint", server != null && server.getConstraint() != null ? server.getConstraint() : ""), e);
            default -> sql.get() instanceof SQLTransientConnectionException
                    ? new DomainException(ErrorKind.UNAVAILABLE, "database.error.unavailable", Map.of(), e)
                    : e;
        };
    }

    private static ErrorKind kindOf(String state) {
        return switch (state) {
            case "SX404" -> ErrorKind.NOT_FOUND;
            case "SX409" -> ErrorKind.CONFLICT;
            case "SX403" -> ErrorKind.FORBIDDEN;
            default -> ErrorKind.INVALID;
        };
    }

    /** The detail is a JSON object (named arguments) or array (a list, passed as "items"). */
    private static Map<String, Object> arguments(String detail) {
        if (detail == null || detail.isBlank()) {
            return Map.of();
        }
        try {
            String trimmed = detail.strip();
            if (trimmed.startsWith("[")) {
                List<Object> items = JSON.readValue(trimmed, new TypeReference<List<Object>>() { });
                return Map.of("items", items);
            }
            if (trimmed.startsWith("{")) {
                return new LinkedHashMap<>(JSON.readValue(trimmed, new TypeReference<Map<String, Object>>() { }));
            }
        } catch (java.io.IOException ignored) {
            // plain-text detail: pass it on as is
        }
        return Map.of("detail", detail);
    }

    private static Optional<SQLException> sqlException(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s) {
                SQLException next = s;
                // Batch errors wrap the real one
                if (s.getNextException() != null && s.getSQLState() == null) {
                    next = s.getNextException();
                }
                return Optional.of(next);
            }
        }
        return Optional.empty();
    }
}
