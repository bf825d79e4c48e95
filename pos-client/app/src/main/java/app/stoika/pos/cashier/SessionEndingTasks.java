package app.stoika.pos.cashier;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

import app.stoika.pos.shared.DomainException;
import app.stoika.pos.ui.TaskExecutor;

/**
 * The cashier screens' task executor: when the database answers that the employee's session has ended (a
 * manager deactivated them, changed their role or PIN, or someone logged in at this till elsewhere), the till
 * goes back to the PIN screen instead of failing on every tap. The screen still gets its failure to show.
 */
final class SessionEndingTasks implements TaskExecutor {
    static final String SESSION_ENDED = "security.error.no_session";

    private final TaskExecutor delegate;
    private final Runnable onSessionEnded;

    SessionEndingTasks(TaskExecutor delegate, Runnable onSessionEnded) {
        this.delegate = delegate;
        this.onSessionEnded = onSessionEnded;
    }

    @Override
    public <T> void execute(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        delegate.execute(work, onSuccess, e -> {
            onFailure.accept(e);
            if (sessionEnded(e)) {
                onSessionEnded.run();
            }
        });
    }

    static boolean sessionEnded(Throwable e) {
        return DomainException.in(e).map(d -> d.messageKey().equals(SESSION_ENDED)).orElse(false);
    }

    /** The executor belongs to the app context, which closes it. */
    @Override
    public void close() {
    }
}
