package app.stoika.pos.events;

/** A registered listener; closing it unregisters the listener (closing twice does nothing). */
@FunctionalInterface
public interface Subscription extends AutoCloseable {
    @Override
    void close();
}
