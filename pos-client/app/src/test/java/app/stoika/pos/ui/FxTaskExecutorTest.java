package app.stoika.pos.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Work runs off the JavaFX thread; its result or failure comes back on it. */
@ExtendWith(ApplicationExtension.class)
class FxTaskExecutorTest {

    @Start
    void start(Stage stage) {
        // the toolkit is all this test needs
    }

    @Test
    void workRunsInTheBackgroundAndResultsArriveOnTheFxThread() throws Exception {
        try (FxTaskExecutor tasks = new FxTaskExecutor(2)) {
            CompletableFuture<Boolean> workOnFx = new CompletableFuture<>();
            CompletableFuture<Boolean> callbackOnFx = new CompletableFuture<>();
            CompletableFuture<String> result = new CompletableFuture<>();
            tasks.execute(() -> {
                workOnFx.complete(Platform.isFxApplicationThread());
                return "done";
            }, value -> {
                callbackOnFx.complete(Platform.isFxApplicationThread());
                result.complete(value);
            }, result::completeExceptionally);
            assertThat(result.get(10, TimeUnit.SECONDS)).isEqualTo("done");
            assertThat(workOnFx.get()).isFalse();
            assertThat(callbackOnFx.get()).isTrue();
        }
    }

    @Test
    void failuresArriveOnTheFxThread() throws Exception {
        try (FxTaskExecutor tasks = new FxTaskExecutor(1)) {
            CompletableFuture<Throwable> failure = new CompletableFuture<>();
            CompletableFuture<Boolean> onFx = new CompletableFuture<>();
            tasks.execute(() -> {
                throw new IllegalStateException("no database");
            }, value -> failure.complete(null), e -> {
                onFx.complete(Platform.isFxApplicationThread());
                failure.complete(e);
            });
            assertThat(failure.get(10, TimeUnit.SECONDS)).hasMessage("no database");
            assertThat(onFx.get()).isTrue();
        }
    }
}
