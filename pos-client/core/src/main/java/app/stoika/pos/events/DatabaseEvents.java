package app.stoika.pos.events;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import app.stoika.pos.persistence.DatabaseSettings;

/**
 * Change notifications from the database (LISTEN/NOTIFY, see V0016__change_notifications.sql), so a screen
 * follows what other tills do without polling.
 *
 * <p>It holds one JDBC connection of its own, outside the Hibernate pool: a LISTEN lasts only as long as
 * its database session, and the pool would hand a pooled connection to other work and recycle it. A daemon
 * thread named {@value #THREAD_NAME} waits for notifications and calls the listeners <em>on that
 * thread</em>: a listener keeps its work short and moves it to its own thread (a screen to its UI thread).
 *
 * <p>When the connection drops (server restart, network, an administrator ending the session), state
 * listeners hear {@link ConnectionState#DOWN}; the thread reconnects with pauses growing from 0.5 s to 5 s,
 * LISTENs again, reports {@link ConnectionState#UP} and then sends a {@link DatabaseEvent.Kind#RESYNC}
 * event on every channel, because whatever was notified while it was down is lost: screens re-read.
 * A silently dead link (no reset ever arrives) is found by a trivial query every {@code 10 s}.
 */
public final class DatabaseEvents implements AutoCloseable {
    public static final String THREAD_NAME = "stoika-db-events";
    /** How the connection shows in pg_stat_activity, so an administrator can tell it from the pool's. */
    public static final String APPLICATION_NAME = "stoika-events";

    private static final Logger log = LoggerFactory.getLogger(DatabaseEvents.class);
    /** How long one wait for notifications lasts: bounds how long {@link #close()} waits for the thread. */
    private static final int POLL_MILLIS = 250;
    private static final Duration HEARTBEAT = Duration.ofSeconds(10);

    private final DatabaseSettings settings;
    private final Map<Channel, List<Registration<DatabaseEvent>>> listeners = new EnumMap<>(Channel.class);
    private final List<Registration<ConnectionState>> stateListeners = new CopyOnWriteArrayList<>();
    private final Object stateLock = new Object();
    private final Backoff backoff = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(5));
    private final Thread thread;

    private volatile ConnectionState state = ConnectionState.DOWN;
    private volatile boolean closed;
    /** Owned by the events thread once it runs (and by {@link #open} before it starts). */
    private Connection connection;
    private long lastHeartbeat;

    private DatabaseEvents(DatabaseSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        for (Channel c : Channel.values()) {
            listeners.put(c, new CopyOnWriteArrayList<>());
        }
        this.thread = new Thread(this::run, THREAD_NAME);
        thread.setDaemon(true);
    }

    /**
     * Connects and LISTENs before returning, so a listener subscribed right after this call misses nothing
     * committed after it. If the database cannot be reached now, this still returns (state DOWN) and keeps
     * trying in the background; the first successful connection then sends RESYNC.
     */
    public static DatabaseEvents open(DatabaseSettings settings) {
        DatabaseEvents events = new DatabaseEvents(settings);
        try {
            events.connection = events.connect();
            events.state = ConnectionState.UP;
        } catch (SQLException e) {
            log.warn("Live updates are not available yet ({}); retrying in the background", e.getMessage());
        }
        events.thread.start();
        return events;
    }

    /** Calls {@code listener} on the events thread for every notification on {@code channel}, and on RESYNC. */
    public Subscription subscribe(Channel channel, Consumer<DatabaseEvent> listener) {
        return register(listeners.get(Objects.requireNonNull(channel, "channel")), listener);
    }

    /**
     * Calls {@code listener} at once, on the calling thread, with the current state, then on the events
     * thread at every change. The two never overlap or arrive out of order.
     */
    public Subscription onConnectionState(Consumer<ConnectionState> listener) {
        synchronized (stateLock) {
            Subscription s = register(stateListeners, listener);
            deliver(listener, state);
            return s;
        }
    }

    public ConnectionState state() {
        return state;
    }

    /** Stops the thread and closes the connection; listeners hear nothing more. */
    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        try {
            thread.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            log.warn("The live-update thread did not stop within 2 s; it is a daemon and will not keep the app alive");
        }
    }

    private <T> Subscription register(List<Registration<T>> list, Consumer<T> listener) {
        Registration<T> r = new Registration<>(Objects.requireNonNull(listener, "listener"));
        list.add(r);
        return () -> list.remove(r);
    }

    private void run() {
        boolean resync = connection == null;
        lastHeartbeat = System.nanoTime();
        while (!closed) {
            if (connection == null) {
                try {
                    connection = connect();
                } catch (SQLException e) {
                    log.debug("Reconnecting for live updates failed: {}", e.getMessage());
                    pause(backoff.next());
                    continue;
                }
                backoff.reset();
                lastHeartbeat = System.nanoTime();
                log.info("Live updates reconnected");
                setState(ConnectionState.UP);
                if (resync) {
                    for (Channel c : Channel.values()) {
                        dispatch(DatabaseEvent.resync(c));
                    }
                }
            }
            try {
                poll();
            } catch (SQLException e) {
                if (closed) {
                    break;
                }
                log.warn("Live updates lost their database connection ({}); reconnecting", e.getMessage());
                closeConnection();
                resync = true;
                setState(ConnectionState.DOWN);
                pause(backoff.next());
            }
        }
        closeConnection();
    }

    private void poll() throws SQLException {
        PGNotification[] notifications = connection.unwrap(PGConnection.class).getNotifications(POLL_MILLIS);
        if (notifications != null) {
            for (PGNotification n : notifications) {
                Channel.ofChannelName(n.getName())
                        .ifPresent(c -> dispatch(DatabaseEvent.change(c, n.getParameter())));
            }
        }
        if (System.nanoTime() - lastHeartbeat > HEARTBEAT.toNanos()) {
            try (Statement s = connection.createStatement()) {
                s.execute("select 1");
            }
            lastHeartbeat = System.nanoTime();
        }
    }

    private Connection connect() throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", settings.user());
        if (settings.password() != null) {
            p.setProperty("password", settings.password());
        }
        p.setProperty("ApplicationName", APPLICATION_NAME);
        p.setProperty("tcpKeepAlive", "true");
        p.setProperty("connectTimeout", "5");
        // Bounds the heartbeat on a link that died silently; waits for notifications set their own timeout.
        p.setProperty("socketTimeout", "15");
        Connection c = DriverManager.getConnection(settings.jdbcUrl(), p);
        try (Statement s = c.createStatement()) {
            for (Channel channel : Channel.values()) {
                s.execute("listen " + channel.channelName());
            }
        } catch (SQLException e) {
            closeQuietly(c);
            throw e;
        }
        return c;
    }

    private void setState(ConnectionState now) {
        synchronized (stateLock) {
            if (state == now) {
                return;
            }
            state = now;
            for (Registration<ConnectionState> r : stateListeners) {
                deliver(r.listener(), now);
            }
        }
    }

    private void dispatch(DatabaseEvent event) {
        for (Registration<DatabaseEvent> r : listeners.get(event.channel())) {
            if (closed) {
                return;
            }
            deliver(r.listener(), event);
        }
    }

    /** A failing listener is logged and skipped; it must never stop the others or the thread. */
    private static <T> void deliver(Consumer<T> listener, T value) {
        try {
            listener.accept(value);
        } catch (RuntimeException e) {
            log.warn("A live-update listener failed on {}", value, e);
        }
    }

    private void pause(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            // close() interrupts; the loop checks the flag
        }
    }

    private void closeConnection() {
        if (connection != null) {
            closeQuietly(connection);
            connection = null;
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException | RuntimeException ignored) {
            // already broken
        }
    }

    /** A wrapper per registration, so one listener registered twice is removed once per handle. */
    private record Registration<T>(Consumer<T> listener) {
        @Override
        public boolean equals(Object o) {
            return this == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }
}
