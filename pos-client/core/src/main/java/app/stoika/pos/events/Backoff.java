package app.stoika.pos.events;

import java.time.Duration;

/**
 * Pauses between reconnection attempts: the first retry comes quickly (a restarted server or a dropped
 * Wi-Fi link is often back within a second), then the pause doubles up to a ceiling, so a long outage
 * costs the server one login attempt per client every few seconds, not a storm.
 */
final class Backoff {
    private final Duration first;
    private final Duration max;
    private Duration next;

    Backoff(Duration first, Duration max) {
        if (first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("backoff must be positive with first <= max: " + first + ", " + max);
        }
        this.first = first;
        this.max = max;
        this.next = first;
    }

    /** The pause before the next attempt; each call doubles the following one, up to the ceiling. */
    Duration next() {
        Duration current = next;
        Duration doubled = next.multipliedBy(2);
        next = doubled.compareTo(max) > 0 ? max : doubled;
        return current;
    }

    /** After a success, the next failure starts again from the first pause. */
    void reset() {
        next = first;
    }
}
