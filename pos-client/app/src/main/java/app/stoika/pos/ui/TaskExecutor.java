package app.stoika.pos.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs database and file work for the screens. The app's implementation runs work on background threads
 * and calls back on the JavaFX thread; tests use {@link SameThreadTaskExecutor}.
 */
public interface TaskExecutor extends AutoCloseable {
    /**
     * Runs {@code work}; then exactly one of the callbacks, on the thread that owns the UI.
     */
    <T> void execute(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure);

    /** Stops accepting work; running work may finish. */
    @Override
    void close();
}
