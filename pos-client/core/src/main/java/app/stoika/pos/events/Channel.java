package app.stoika.pos.events;

import java.util.Optional;

/**
 * What changed, as the database announces it (V0016__change_notifications.sql). A notification means
 * "re-read"; its payload is a hint, never the data.
 */
public enum Channel {
    /** An order was placed, moved on or (partly) cancelled. Payload: order_id, number, status, terminal_id. */
    ORDERS("stoika_orders"),
    /** Ingredient stock changed, so what can be sold may have changed. No payload. */
    STOCK("stoika_stock"),
    /** Products, categories, options, prices, pictures or recipes changed. Payload: the table name. */
    CATALOG("stoika_catalog");

    private final String channelName;

    Channel(String channelName) {
        this.channelName = channelName;
    }

    /** The PostgreSQL channel name (a plain identifier, safe to put into LISTEN). */
    public String channelName() {
        return channelName;
    }

    public static Optional<Channel> ofChannelName(String name) {
        for (Channel c : values()) {
            if (c.channelName.equals(name)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
