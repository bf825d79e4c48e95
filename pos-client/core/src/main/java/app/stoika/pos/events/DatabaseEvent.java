package app.stoika.pos.events;

import java.util.Objects;

/**
 * One notification on a channel. {@link Kind#RESYNC} is not from the database: it follows a reconnection,
 * because notifications sent while the connection was down are lost, so whoever shows the channel's data
 * must re-read all of it.
 */
public record DatabaseEvent(Channel channel, Kind kind, String payload) {
    public enum Kind { CHANGE, RESYNC }

    public DatabaseEvent {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(kind, "kind");
        payload = payload == null ? "" : payload;
    }

    public static DatabaseEvent change(Channel channel, String payload) {
        return new DatabaseEvent(channel, Kind.CHANGE, payload);
    }

    public static DatabaseEvent resync(Channel channel) {
        return new DatabaseEvent(channel, Kind.RESYNC, "");
    }

    public boolean isResync() {
        return kind == Kind.RESYNC;
    }
}
